using Lucene.Net.Tartarus.Snowball;

namespace Readout.Clustering.Documents;

/// <summary>EXPERIMENT knobs (not shipped).</summary>
public sealed record TermVariant(int Stemmer = 0, bool Bigrams = false, float BigramWeight = 1f, bool Bm25 = false, float K1 = 1.2f, float B = 0.75f, float AvgLength = 250f, bool LeadBigrams = true, bool LeadStem = true, bool CommaBreaks = true, bool BodyStem = true, int BoostWords = 0, int Boost = 1);

/// <summary>
/// Turns text into lower-cased content terms with sublinear weights (1 + ln tf). Numbers are kept ("6.1",
/// "23"): look-alike events differ in magnitudes and tolls as much as in words. Capitalised words that do not
/// start a sentence are also returned as proper-name keys, a cheap entity signal for names no gazetteer knows.
/// </summary>
public static class TermCounter
{
    public static TermVariant Variant { get; set; } = new();

    [ThreadStatic]
    private static SnowballProgram? _snowball;

    [ThreadStatic]
    private static Lucene.Net.Analysis.En.EnglishMinimalStemmer? _minimal;

    // Function words and news boilerplate: frequent everywhere, so they only add noise and cost to the index.
    private static readonly HashSet<string> StopWords = new(
        """
        a about above after again against all also am an and any are as at be because been before being below between both but by
        can could did do does doing down during each few for from further had has have having he her here hers him his how i if in
        into is it its itself just me more most my no nor not now of off on once only or other our ours out over own same she
        should so some such than that the their theirs them then there these they this those through to too under until up very
        was we were what when where which while who whom why will with would you your yours said says say told according reported
        report reports news one two new last first year years time week day today yesterday monday tuesday wednesday thursday friday
        saturday sunday mr mrs ms people may might must shall us via per since still even back well much many like get got made make
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries),
        StringComparer.Ordinal);

    /// <summary>Terms and proper-name keys of <paramref name="text"/>.</summary>
    public static (List<KeyValuePair<string, float>> Terms, HashSet<string> Names) Count(string text) => Count(text, false);

    public static (List<KeyValuePair<string, float>> Terms, HashSet<string> Names) Count(string text, bool lead)
    {
        var v = Variant;
        var stemmer = (lead && !v.LeadStem) || (!lead && !v.BodyStem) ? 0 : v.Stemmer;
        var bigrams = v.Bigrams && (!lead || v.LeadBigrams);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var bigramCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new HashSet<string>(StringComparer.Ordinal);
        var sentenceStart = true;
        string? previous = null;
        var length = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (!char.IsLetterOrDigit(c))
            {
                if (c is '.' or '!' or '?' or '\n' or ':' or '"' or '“')
                {
                    sentenceStart = true;
                    previous = null;
                }
                else if (v.CommaBreaks && c is not (' ' or '-' or '\'' or '’'))
                {
                    previous = null;
                }

                i++;
                continue;
            }

            var end = i + 1;
            while (end < text.Length && (char.IsLetterOrDigit(text[end])
                       || (text[end] is '.' or ',' && end + 1 < text.Length && char.IsDigit(text[end - 1]) && char.IsDigit(text[end + 1]))))
            {
                end++;
            }

            var word = text.AsSpan(i, end - i);
            if (word.Length >= 2 || char.IsDigit(word[0]))
            {
                var term = word.ToString().ToLowerInvariant();
                if (!StopWords.Contains(term))
                {
                    length++;
                    var hasDigit = term.AsSpan().IndexOfAnyInRange('0', '9') >= 0;
                    var stem = hasDigit ? term : Stem(term, stemmer);
                    counts[stem] = counts.GetValueOrDefault(stem) + (length <= v.BoostWords ? v.Boost : 1);
                    if (!sentenceStart && char.IsUpper(word[0]) && word.Length >= 3)
                    {
                        names.Add("n:" + term);
                    }

                    if (bigrams)
                    {
                        if (previous is not null && !hasDigit)
                        {
                            var key = "b:" + previous + " " + stem;
                            bigramCounts[key] = bigramCounts.GetValueOrDefault(key) + 1;
                        }

                        previous = hasDigit ? null : stem;
                    }
                }
                else
                {
                    previous = null;
                }
            }
            else
            {
                previous = null;
            }

            sentenceStart = false;
            i = end;
        }

        var terms = new List<KeyValuePair<string, float>>(counts.Count + bigramCounts.Count);
        var norm = v.K1 * (1 - v.B + (v.B * length / v.AvgLength));
        foreach (var (term, count) in counts)
        {
            terms.Add(new(term, Weight(count, norm, v)));
        }

        foreach (var (term, count) in bigramCounts)
        {
            terms.Add(new(term, v.BigramWeight * Weight(count, norm, v)));
        }

        return (terms, names);
    }

    private static float Weight(int count, float norm, TermVariant v) =>
        v.Bm25 ? count * (v.K1 + 1) / (count + norm) : 1f + MathF.Log(count);

    private static string Stem(string term, int stemmer)
    {
        switch (stemmer)
        {
            case 1:
            case 2:
                var s = _snowball ??= stemmer == 1 ? new Lucene.Net.Tartarus.Snowball.Ext.PorterStemmer() : new Lucene.Net.Tartarus.Snowball.Ext.EnglishStemmer();
                if (stemmer == 1 != s is Lucene.Net.Tartarus.Snowball.Ext.PorterStemmer)
                {
                    s = _snowball = stemmer == 1 ? new Lucene.Net.Tartarus.Snowball.Ext.PorterStemmer() : new Lucene.Net.Tartarus.Snowball.Ext.EnglishStemmer();
                }

                s.SetCurrent(term);
                s.Stem();
                return s.Current;
            case 3:
                var m = _minimal ??= new Lucene.Net.Analysis.En.EnglishMinimalStemmer();
                var buf = term.ToCharArray();
                return new string(buf, 0, m.Stem(buf, buf.Length));
            default:
                return term;
        }
    }
}
