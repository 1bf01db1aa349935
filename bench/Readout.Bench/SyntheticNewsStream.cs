using Readout.Annotation;
using Readout.Clustering.Documents;
using Readout.Events;
using Readout.Model;

namespace Readout.Bench;

/// <summary>
/// A dated stream of clustering features for many distinct events, built from real news texts (the samples
/// and ECB+ texts, annotated once). Each event is one base text re-instanced: its specific terms (rare
/// words, numbers) and rare entity keys get the event's own suffix, its common words stay shared, so events
/// made from one text look alike but are told apart by names and numbers, as real look-alikes are. An
/// event is reported 1–8 times over up to four days, each report a sample of its terms plus a few words of
/// its own; about <see cref="PerDay"/> reports a day, so a million reports span about two years. Each report
/// carries a body signature made from its terms in order; a share of the later reports re-publish the event's
/// first report word for word (a syndicated copy), drawn from a separate generator so the rest of the stream
/// stays as it was.
/// </summary>
internal sealed class SyntheticNewsStream
{
    public const int PerDay = 1370;

    /// <summary>A base term or key found in fewer base texts than this (of ~900) is event-specific; the rest is general news vocabulary.</summary>
    private const int SpecificBelow = 30;

    private readonly List<BaseFeatures> _bases;
    private readonly Random _random = new(20310501);
    private readonly Random _copying = new(20310502);
    private readonly double _nearCopyShare;
    private readonly List<Report>[] _due = [.. Enumerable.Range(0, 4).Select(_ => new List<Report>())];
    private readonly DateOnly _start = new(2030, 1, 1);
    private int _day;
    private int _events;
    private int _reports;

    private SyntheticNewsStream(List<BaseFeatures> bases, double nearCopyShare) => (_bases, _nearCopyShare) = (bases, nearCopyShare);

    /// <summary>Annotates the base texts once (the only slow part) and marks their specific terms and keys.</summary>
    public static SyntheticNewsStream Create(string samples, string? data, double nearCopyShare)
    {
        var annotator = new Annotator();
        var detector = new EventDetector(EventCoverage.AllCameoRoots);
        var features = new List<DocumentFeatures>();
        foreach (var document in BaseDocuments.Text(samples, data))
        {
            var article = new Article { Path = "base", Body = document.Content };
            var annotations = annotator.Annotate(article);
            features.Add(DocumentFeatureBuilder.Build("base", article, annotations, detector.Detect(article, annotations)));
        }

        var termFrequency = Frequencies(features.Select(f => f.Terms.Select(t => t.Key)));
        var keyFrequency = Frequencies(features.Select(f => f.Entities));
        var bases = features.ConvertAll(f => new BaseFeatures(
            f.Terms.Select(t => (t.Key, t.Value, termFrequency[t.Key] < SpecificBelow || char.IsDigit(t.Key[0]))).ToArray(),
            f.Entities.Select(k => (k, keyFrequency[k] < SpecificBelow)).ToArray(),
            [.. f.EventRoots],
            [.. f.LeadTerms ?? []]));
        return new SyntheticNewsStream(bases, nearCopyShare);
    }

    public int BaseCount => _bases.Count;

    public int Events => _events;

    /// <summary>Reports made as word-for-word copies of their event's first report.</summary>
    public int Copies { get; private set; }

    /// <summary>The next <paramref name="count"/> reports, in publication order (shuffled within a day).</summary>
    public DocumentFeatures[] Next(int count)
    {
        var batch = new DocumentFeatures[count];
        for (var i = 0; i < count; i++)
        {
            while (_due[0].Count == 0)
            {
                NextDay();
            }

            var today = _due[0];
            var pick = _random.Next(today.Count);
            var report = today[pick];
            today[pick] = today[^1];
            today.RemoveAt(today.Count - 1);
            batch[i] = Write(report);
        }

        return batch;
    }

    // Rotates the four days of pending reports and starts today's new events.
    private void NextDay()
    {
        var done = _due[0];
        Array.Copy(_due, 1, _due, 0, _due.Length - 1);
        _due[^1] = done;
        if (_reports > 0)
        {
            _day++;
        }

        var reports = 0;
        while (reports < PerDay)
        {
            var instance = Instance(_bases[_random.Next(_bases.Count)], _events++);
            var count = 1 + (int)Math.Min(7, -Math.Log(1 - _random.NextDouble()) * 2.5);
            for (var r = 0; r < count; r++)
            {
                var delay = r == 0 ? 0 : Math.Min(3, (int)(-Math.Log(1 - _random.NextDouble()) * 0.8));
                _due[delay].Add(new Report(instance, _start.AddDays(_day + delay)));
            }

            reports += count;
        }
    }

    private EventInstance Instance(BaseFeatures source, int id)
    {
        var suffix = "~" + id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var terms = Array.ConvertAll(source.Terms, t => new KeyValuePair<string, float>(t.Specific ? t.Term + suffix : t.Term, t.Weight));
        var entities = Array.ConvertAll(source.Entities, k => k.Specific ? k.Key + suffix : k.Key);
        var specific = source.Terms.Where(t => t.Specific).Select(t => t.Term).ToHashSet(StringComparer.Ordinal);
        var lead = Array.ConvertAll(source.Lead, t => specific.Contains(t) ? t + suffix : t);
        return new EventInstance(terms, entities, source.Roots, lead);
    }

    // A report keeps ~85% of the event's terms and ~90% of its keys, and adds three words no other report has.
    private DocumentFeatures Write(Report report)
    {
        var id = "r" + (_reports++).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var instance = report.Event;
        var terms = new List<KeyValuePair<string, float>>(instance.Terms.Length + 3);
        foreach (var term in instance.Terms)
        {
            if (_random.NextDouble() < 0.85)
            {
                terms.Add(new(term.Key, term.Value * (0.8f + (0.4f * _random.NextSingle()))));
            }
        }

        for (var k = 0; k < 3; k++)
        {
            terms.Add(new($"{id}w{k}", 1f));
        }

        var entities = instance.Entities.Where(_ => _random.NextDouble() < 0.9).ToArray();
        var times = new[] { "y:" + report.Published.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        if (instance.First is { } first && _copying.NextDouble() < _nearCopyShare)
        {
            Copies++;
            return first with { Id = id, Published = report.Published };
        }

        var written = new DocumentFeatures(id, terms, entities, times, instance.Roots, instance.Lead, report.Published, MinHashSignature.Of(string.Join(' ', terms.Select(t => t.Key))));
        instance.First ??= written;
        return written;
    }

    private static Dictionary<string, int> Frequencies(IEnumerable<IEnumerable<string>> documents)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            foreach (var key in document.Distinct(StringComparer.Ordinal))
            {
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }

        return counts;
    }

    private sealed record BaseFeatures((string Term, float Weight, bool Specific)[] Terms, (string Key, bool Specific)[] Entities, string[] Roots, string[] Lead);

    private sealed record EventInstance(KeyValuePair<string, float>[] Terms, string[] Entities, string[] Roots, string[] Lead)
    {
        /// <summary>The event's first report, which a copy re-publishes.</summary>
        public DocumentFeatures? First { get; set; }
    }

    private sealed record Report(EventInstance Event, DateOnly Published);
}
