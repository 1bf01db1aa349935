using System.Text;
using AngleSharp.Dom;
using Readout.Extraction.Text;

namespace Readout.Extraction.Html;

/// <summary>
/// Turns the chosen content elements into paragraphs: block elements end a paragraph, inline text
/// joins with collapsed whitespace; chrome inside the article (share bars, link lists, captions,
/// "Advertisement", date stamps) is dropped.
/// </summary>
public sealed class HtmlTextWriter
{
    /// <summary>A paragraph with more than this share of link text is a link list unless it is long.</summary>
    private const double MaxLinkShare = 0.5;

    private readonly List<string> paragraphs = [];
    private readonly StringBuilder current = new();
    private int linkChars;
    private int linkDepth;

    public static List<string> Write(IEnumerable<IElement> roots, string? title)
    {
        var writer = new HtmlTextWriter();
        foreach (var root in roots)
        {
            writer.Visit(root, isRoot: true);
            writer.Flush();
        }

        // The headline repeated at the top of the content is the title, not body text.
        if (title is not null && writer.paragraphs.Count > 1 && string.Equals(writer.paragraphs[0], title, StringComparison.OrdinalIgnoreCase))
        {
            writer.paragraphs.RemoveAt(0);
        }

        return writer.paragraphs;
    }

    private void Visit(INode node, bool isRoot = false)
    {
        if (node is IText text)
        {
            Append(text.Data);
            return;
        }

        if (node is not IElement e)
        {
            return;
        }

        if (BoilerplateHints.IsJunkTag(e.LocalName) || !isRoot && BoilerplateHints.IsBoilerplate(e))
        {
            return;
        }

        if (e.LocalName == "br")
        {
            Flush();
            return;
        }

        var block = IsBlock(e.LocalName);
        if (block)
        {
            Flush();
        }

        var isLink = e.LocalName == "a";
        linkDepth += isLink ? 1 : 0;
        foreach (var child in e.ChildNodes)
        {
            Visit(child);
        }

        linkDepth -= isLink ? 1 : 0;
        if (block)
        {
            Flush();
        }
    }

    private void Append(string data)
    {
        foreach (var c in data)
        {
            if (char.IsWhiteSpace(c))
            {
                if (current.Length > 0 && current[^1] != ' ')
                {
                    current.Append(' ');
                }

                continue;
            }

            current.Append(c);
            linkChars += linkDepth > 0 ? 1 : 0;
        }
    }

    private void Flush()
    {
        var text = current.ToString().Trim();
        var links = linkChars;
        current.Clear();
        linkChars = 0;
        if (text.Length == 0)
        {
            return;
        }

        var nonSpace = HtmlContentScorer.CountNonSpace(text);
        if (links > nonSpace * MaxLinkShare && text.Length < 300)
        {
            return;
        }

        var kind = TextLineClassifier.Kind(text);
        if (kind is LineKind.Chrome or LineKind.DateOnly || IsChromeLabel(text))
        {
            return;
        }

        paragraphs.Add(text);
    }

    private static bool IsChromeLabel(string text) => text.Length < 30 && (text.Equals("Advertisement", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("Share", StringComparison.OrdinalIgnoreCase) || text.StartsWith("Related", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("Read more", StringComparison.OrdinalIgnoreCase) || text.StartsWith("Photo:", StringComparison.OrdinalIgnoreCase));

    private static bool IsBlock(string name) => name is "p" or "div" or "section" or "article" or "main" or "header" or "h1" or "h2" or "h3"
        or "h4" or "h5" or "h6" or "li" or "ul" or "ol" or "blockquote" or "pre" or "table" or "tr" or "td" or "th" or "dl" or "dt" or "dd"
        or "hr" or "address" or "center" or "details" or "summary";
}
