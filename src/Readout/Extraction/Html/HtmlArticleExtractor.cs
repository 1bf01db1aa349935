using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Readout.Extraction.Html;

/// <summary>
/// Reads an HTML page: metadata from the head and markup, then the article text from the
/// best-scoring content block after removing elements that are chrome by tag or class.
/// </summary>
public static class HtmlArticleExtractor
{
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
        var texts = BodyTexts(body, meta.Title);
        if (texts.Count == 0 && new HtmlParser().ParseDocument(html).Body is { } untouched)
        {
            // Class hints removed everything (an article in a "sidebar"-classed column or an aside):
            // better the best block of the whole page than no text at all.
            texts = BodyTexts(untouched, meta.Title, trustClassHints: false);
        }

        var paragraphs = texts.Select(t => new BodyParagraph(t, null)).ToList();
        return new ExtractedPage(paragraphs, meta.Title, meta.Outlet, meta.Author, meta.Published, meta.Captured);
    }

    private static List<string> BodyTexts(IElement body, string? title, bool trustClassHints = true)
    {
        var main = HtmlContentScorer.FindMain(body, title);
        return HtmlTextWriter.Write(main.Count > 0 ? main : [body], title, trustClassHints);
    }

    private static void RemoveChrome(IElement body)
    {
        var doomed = new List<IElement>();
        foreach (var e in body.QuerySelectorAll("*"))
        {
            if (BoilerplateHints.IsJunk(e) || BoilerplateHints.IsHidden(e) || BoilerplateHints.IsChrome(e))
            {
                doomed.Add(e);
            }
        }

        foreach (var e in doomed)
        {
            e.Remove();
        }
    }
}
