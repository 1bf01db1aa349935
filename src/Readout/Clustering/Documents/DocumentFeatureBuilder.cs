using Readout.Model;

namespace Readout.Clustering.Documents;

/// <summary>Builds <see cref="DocumentFeatures"/> from what the pipeline already derived for a document.</summary>
public static class DocumentFeatureBuilder
{
    /// <summary>Characters of body text taken as the lead when a document has no headline.</summary>
    private const int MaxLeadLength = 300;

    /// <summary>Features of one analysed document; the title counts like body text (it is usually the lead).</summary>
    public static DocumentFeatures Build(string id, Article article, Annotations annotations, IReadOnlyList<EventMention> events)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(annotations);
        ArgumentNullException.ThrowIfNull(events);

        var text = string.IsNullOrEmpty(article.Title) || article.Body.StartsWith(article.Title, StringComparison.Ordinal)
            ? article.Body
            : article.Title + ".\n" + article.Body;
        var (terms, names) = TermCounter.Count(text);

        var entities = new HashSet<string>(names, StringComparer.Ordinal);
        foreach (var mention in annotations.Mentions)
        {
            entities.Add("e:" + mention.EntityKey);
        }

        var times = new HashSet<string>(StringComparer.Ordinal);
        foreach (var time in annotations.Times)
        {
            AddTime(times, time);
        }

        var roots = new HashSet<string>(StringComparer.Ordinal);
        foreach (var mention in events)
        {
            if (mention.CameoCode.Length >= 2)
            {
                roots.Add(mention.CameoCode[..2]);
            }
        }

        var lead = TermCounter.Count(Lead(article)).Terms.ConvertAll(t => t.Key);
        return new DocumentFeatures(id, terms, entities, times, roots, lead, article.Published?.Date, MinHashSignature.Of(article.Body));
    }

    /// <summary>The headline, or the body's first line (capped) when there is none.</summary>
    private static string Lead(Article article)
    {
        if (!string.IsNullOrEmpty(article.Title))
        {
            return article.Title;
        }

        var body = article.Body.AsSpan().TrimStart();
        var end = body.IndexOf('\n');
        return body[..Math.Min(end < 0 ? body.Length : end, MaxLeadLength)].ToString();
    }

    // Only what pins an event in time: a year, or a full date. Durations, clock times and sets say nothing about
    // which occurrence of an event this is.
    private static void AddTime(HashSet<string> times, TimeExpression time)
    {
        if (time.Kind != TimeKind.Date || time.Value.Length < 4 || !int.TryParse(time.Value.AsSpan(0, 4), out var year)
            || year < 1900 || year > 2100)
        {
            return;
        }

        times.Add("y:" + time.Value[..4]);
        if (time.Value.Length == 10)
        {
            times.Add("d:" + time.Value);
        }
    }
}
