using Readout.Extraction.Html;
using Readout.Extraction.Text;
using Readout.Model;

namespace Readout.Extraction;

/// <summary>
/// Front door of extraction: reads the page with the text or HTML extractor by its format, then
/// applies what both share — input hints over found metadata, dateline, attribution chain and role.
/// With <see cref="ISiteTemplates"/>, text pages lose the lines their site repeats on every page.
/// </summary>
public sealed class ArticleExtractor(ISiteTemplates? templates = null) : IArticleExtractor
{
    /// <summary>Text pages of a batch teach the site templates before any of them is extracted.</summary>
    public void Observe(IEnumerable<RawDocument> batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (templates is null)
        {
            return;
        }

        foreach (var raw in batch.Where(r => r.Format == SourceFormat.Text))
        {
            templates.Observe(SiteKey.Of(raw), raw.Content);
        }
    }

    public Article Extract(RawDocument raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var page = raw.Format switch
        {
            SourceFormat.Text => FromText(raw.Content, raw.Hints.Title, templates?.For(SiteKey.Of(raw))),
            SourceFormat.Html => HtmlArticleExtractor.Extract(raw.Content, raw.Url),
            _ => throw new ExtractionException($"unsupported format {raw.Format}"),
        };

        var paragraphs = page.Paragraphs.Where(p => !string.IsNullOrWhiteSpace(p.Text)).ToList();
        if (paragraphs.Count == 0)
        {
            throw new ExtractionException("no article text found on the page");
        }

        var hints = raw.Hints;
        var published = hints.Published is { } hinted ? new DateEvidence(hinted, DateSource.Hint, 1.0) : page.Published;

        var dateline = DatelineParser.Parse(paragraphs[0].Text, published?.Date.Year);
        if (dateline is not null && dateline.Length < paragraphs[0].Text.Length)
        {
            // The dateline is metadata: keep it out of the body so the body opens with the first sentence.
            var first = paragraphs[0];
            paragraphs[0] = new BodyParagraph(first.Text[dateline.Length..], first.RawStart + dateline.Length);
        }
        else
        {
            dateline = null;
        }

        var body = new BodyText(paragraphs, raw.Content);
        var attribution = AttributionParser.Parse(body.Text);
        var links = attribution.Links.Select(l => l with { Span = body.ToRaw(l.Span) }).ToList();

        Dateline? datelineModel = null;
        if (dateline is not null)
        {
            var rawStart = (paragraphs[0].RawStart ?? 0) - dateline.Length + dateline.TextStart;
            var span = page.Paragraphs[0].RawStart is null ? FindInRaw(raw.Content, dateline.Text) : new TextSpan(rawStart, rawStart + dateline.Text.Length);
            datelineModel = new Dateline(dateline.Place, dateline.Date, dateline.Text, span);
            if (published is null && dateline.Date is { } filed && dateline.Text.Contains(filed.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal))
            {
                published = new DateEvidence(filed, DateSource.Dateline, 0.6, span);
            }
        }

        var captured = page.Captured is { } c && c.Date != published?.Date ? c : null;
        var title = hints.Title ?? page.Title;
        return new Article
        {
            Path = raw.Path,
            Url = raw.Url,
            Title = title,
            Outlet = hints.Outlet ?? page.Outlet ?? (dateline?.Agency is { } agency && !agency.Contains(' ') ? agency : null),
            Author = page.Author,
            Published = published,
            Captured = captured,
            Dateline = datelineModel,
            Attribution = links,
            Role = RoleClassifier.Classify(title, body.Text, attribution, dateline?.Agency),
            Body = body.Text,
        };
    }

    private static ExtractedPage FromText(string content, string? titleHint, SiteTemplate? template)
    {
        var page = TextPageExtractor.Extract(content, template, titleHint);
        var paragraphs = page.Paragraphs.Select(s => new BodyParagraph(content[s.Start..s.End], s.Start)).ToList();

        // With the title given by the input, a heading-like first line that is not that title is the article's lede.
        if (titleHint is not null && page.TitleSpan is { } line && !SameTitle(page.Title!, titleHint))
        {
            paragraphs.Insert(0, new BodyParagraph(content[line.Start..line.End], line.Start));
        }

        return new ExtractedPage(paragraphs, page.Title, Published: page.Published, Captured: page.Captured);
    }

    private static bool SameTitle(string a, string b) =>
        string.Equals(a.Trim().TrimEnd('.'), b.Trim().TrimEnd('.'), StringComparison.OrdinalIgnoreCase);

    private static TextSpan FindInRaw(string content, string text)
    {
        var i = content.IndexOf(text, StringComparison.Ordinal);
        return i >= 0 ? new TextSpan(i, i + text.Length) : new TextSpan(0, 0);
    }
}
