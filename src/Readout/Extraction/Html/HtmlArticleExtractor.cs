using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Readout.Extraction.Html;

/// <summary>
/// Reads an HTML page: metadata from the head and markup, then the article text from the
/// best-scoring content block after removing elements that are chrome by tag or class.
/// </summary>
public static class HtmlArticleExtractor
{
    /// <summary>A chrome-classed wrapper with this many paragraphs is more likely a mislabelled article wrapper.</summary>
    private const int KeepIfParagraphs = 8;

    public static ExtractedPage Extract(string html, string? url)
    {
        var document = new HtmlParser().ParseDocument(html);
        var meta = HtmlMetadataReader.Read(document, url);
        var body = document.Body;
        if (body is null)
        {
            return new ExtractedPage([], meta.Title, meta.Outlet, meta.Author, meta.Published, meta.Captured);
        }

        RemoveChrome(body);
        var main = HtmlContentScorer.FindMain(body);
        var texts = HtmlTextWriter.Write(main.Count > 0 ? main : [body], meta.Title);
        var paragraphs = texts.Select(t => new BodyParagraph(t, null)).ToList();
        return new ExtractedPage(paragraphs, meta.Title, meta.Outlet, meta.Author, meta.Published, meta.Captured);
    }

    private static void RemoveChrome(IElement body)
    {
        var doomed = new List<IElement>();
        foreach (var e in body.QuerySelectorAll("*"))
        {
            if (BoilerplateHints.IsJunkTag(e.LocalName))
            {
                doomed.Add(e);
            }
            else if (BoilerplateHints.IsBoilerplate(e) && e.LocalName is not ("article" or "main") && !LooksLikeArticle(e))
            {
                doomed.Add(e);
            }
        }

        foreach (var e in doomed)
        {
            e.Remove();
        }
    }

    private static bool LooksLikeArticle(IElement e) =>
        e.QuerySelector("article, main, h1") is not null || e.QuerySelectorAll("p").Length >= KeepIfParagraphs && !e.ClassName.ContainsComment();

    private static bool ContainsComment(this string? marker) => marker?.Contains("comment", StringComparison.OrdinalIgnoreCase) == true;
}
