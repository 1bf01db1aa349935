using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Readout.Extraction.Text;

namespace Readout.Extraction.Html;

/// <summary>
/// Turns the chosen content elements into paragraphs: block elements end a paragraph, inline text
/// joins with collapsed whitespace; chrome inside the article (share bars, link lists, captions,
/// "Advertisement", date stamps) is dropped.
/// </summary>
public sealed partial class HtmlTextWriter
{
    /// <summary>A paragraph with more than this share of link text is a link list unless it is long.</summary>
    private const double MaxLinkShare = 0.5;

    /// <summary>Section labels and kickers are a few words; anything longer may be a standfirst.</summary>
    private const int MaxLabelLength = 40;

    /// <summary>"By Herald World Desk · 08/03/2024 07:35": a byline with its date stamp.</summary>
    private const int MaxBylineLength = 100;

    /// <summary>Lead-ins shorter than this closing the body are labels ("Mehr zum Thema:", "Source:").</summary>
    private const int MaxTrailingLabelLength = 60;

    /// <summary>How many short lines (kicker, section, date) may stand above the repeated headline.</summary>
    private const int MaxLabelsAboveHeadline = 3;

    /// <summary>A heading this long that ends like a sentence is a paragraph set as a heading, kept even with no text below.</summary>
    private const int MinSentenceHeading = 60;

    /// <summary>
    /// A form inside the article with less text than this is a sign-up or search box; a whole page wrapped in
    /// one form (ASP.NET pages) is far longer.
    /// </summary>
    private const int MaxFormText = 600;

    private readonly List<string> paragraphs = [];
    private readonly List<int> headings = [];
    private readonly StringBuilder current = new();
    private int linkChars;
    private int linkDepth;
    private int headingLevel;

    private bool dropLabels = true;

    /// <summary>Children found to be teaser cards of a related-story grid (null until one is found).</summary>
    private HashSet<IElement>? teaserCards;

    /// <summary>False when class hints already failed the page: chrome is then known by tag alone.</summary>
    private bool trustClassHints = true;

    /// <param name="trustClassHints">False to keep elements whose class or id only suggests chrome.</param>
    public static List<string> Write(IReadOnlyList<IElement> roots, string? title, bool trustClassHints = true)
    {
        var writer = new HtmlTextWriter { trustClassHints = trustClassHints };
        writer.VisitAll(roots);
        if (writer.paragraphs.Count == 0)
        {
            // Labels, bylines and meta lines go only when article text remains: a page that is all labels keeps them.
            writer.dropLabels = false;
            writer.VisitAll(roots);
        }

        writer.DropOrphanHeadings();
        writer.DropContactBlocks();
        writer.DropTrailingLabels();
        writer.DropTrailingWord();

        // The headline repeated at the top of the content is the title, not body text; short labels
        // above it (section, kicker, date line) are page furniture and go with it.
        var headline = title is null ? -1 : HeadlineIndex(writer.paragraphs, title);
        if (headline >= 0 && writer.paragraphs.Count > headline + 1)
        {
            writer.paragraphs.RemoveRange(0, headline + 1);
        }

        return writer.paragraphs;
    }

    private void VisitAll(IReadOnlyList<IElement> roots)
    {
        foreach (var root in roots)
        {
            Visit(root, isRoot: true);
            Flush();
        }
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

        if (BoilerplateHints.IsJunk(e) || !isRoot && (trustClassHints && BoilerplateHints.IsChrome(e) || BoilerplateHints.IsHidden(e)
            || dropLabels && (IsLabel(e) || teaserCards?.Contains(e) == true)))
        {
            return;
        }

        if (!isRoot && e.LocalName == "form" && e.TextContent.Length < MaxFormText)
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
        var level = e.LocalName is ['h', >= '1' and <= '6'] name ? name[1] - '0' : 0;
        var outerHeading = headingLevel;
        headingLevel = level > 0 ? level : headingLevel;
        linkDepth += isLink ? 1 : 0;
        if (dropLabels)
        {
            TeaserCards.Collect(e, ref teaserCards);
        }

        foreach (var child in e.ChildNodes)
        {
            Visit(child);
        }

        linkDepth -= isLink ? 1 : 0;
        if (block)
        {
            Flush();
        }

        headingLevel = outerHeading;
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
        if (links > nonSpace * MaxLinkShare && text.Length < 300 && !IsAddress(text))
        {
            return;
        }

        var kind = TextLineClassifier.Kind(text);
        if (kind is LineKind.Chrome or LineKind.DateOnly || IsChromeLabel(text) || dropLabels && (MetaLine.IsMeta(text) || MetaLine.IsLeadIn(text) || IsFurniture(text)))
        {
            return;
        }

        paragraphs.Add(text);
        headings.Add(headingLevel);
    }

    /// <summary>A prompt to the reader, a control's label or a standing note of the publisher: furniture written as prose.</summary>
    private static bool IsFurniture(string text) => CallToAction.IsPrompt(text) || ControlLine.IsControl(text) || FooterNote.IsNote(text);

    /// <summary>A web or e-mail address written out as its own link ("www.example.org"): article text, not a link list.</summary>
    private static bool IsAddress(string text) => !text.Contains(' ', StringComparison.Ordinal) && text.Contains('.', StringComparison.Ordinal)
        && (text.Contains("://", StringComparison.Ordinal) || text.StartsWith("www.", StringComparison.OrdinalIgnoreCase) || text.Contains('@', StringComparison.Ordinal));

    /// <summary>Where the headline sits among the first paragraphs when only short labels stand above it; -1 otherwise.</summary>
    private static int HeadlineIndex(List<string> paragraphs, string title)
    {
        for (var i = 0; i < paragraphs.Count && i <= MaxLabelsAboveHeadline; i++)
        {
            if (string.Equals(paragraphs[i], title, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }

            if (paragraphs[i].Length > MaxLabelLength)
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>A kicker, eyebrow, section or category label, or a byline: short text in an element classed as one.</summary>
    private static bool IsLabel(IElement e)
    {
        var cls = e.GetAttribute("class");
        var max = cls is null ? 0 : LabelRegex().IsMatch(cls) ? MaxLabelLength : BylineRegex().IsMatch(cls) ? MaxBylineLength : 0;
        if (max == 0)
        {
            return false;
        }

        var text = e.TextContent;
        return text.Length <= max * 2 && text.AsSpan().Trim().Length <= max;
    }

    private static bool IsChromeLabel(string text) => text.Length < 30 && (text.Equals("Advertisement", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("Share", StringComparison.OrdinalIgnoreCase) || text.StartsWith("Related", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("Read more", StringComparison.OrdinalIgnoreCase) || text.StartsWith("Photo:", StringComparison.OrdinalIgnoreCase))
        || text.Length <= MaxBylineLength && StampRegex().IsMatch(text)
        || text.Length <= MaxLabelLength && SeeAlsoRegex().IsMatch(text);

    /// <summary>
    /// The title of a "see also" teaser list whose links were dropped ("Mehr zum Thema", "Lesen Sie auch:",
    /// "Das könnte Sie auch interessieren!", "Explore further", "Veja também"): it introduces nothing that is kept.
    /// </summary>
    [GeneratedRegex(@"^(?:mehr zum thema|lesen sie (?:auch|mehr)|(?:zum )?weiterlesen|das könnte (?:sie|dich) auch interessieren|(?:weitere|neueste|ähnliche) artikel|meist(?:gelesene|diskutierte|kommentierte)|top[- ]themen|explore further|see also|also read|you (?:may|might) also like|more (?:on this|from)|veja também|leia também|lee también|te puede interesar|à lire aussi|lire aussi|leggi anche|zobacz (?:też|także)|czytaj (?:też|także)|(?:vorschau auf den )?nächsten artikel|next article|(?:weitere |aktuelle )?(?:berichte|artikel|beiträge) aus dieser kategorie|more (?:from|in) this category)\b[^.]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SeeAlsoRegex();

    /// <summary>"By Ann Other on Monday, ...", "Published: 19 Nov 2019 | Updated: ...", "Aktualisiert am 3.4.2020": byline and date stamps.</summary>
    [GeneratedRegex(@"^(?:(?-i:By\s+\p{Lu})|(?:published|updated|posted|last (?:updated|modified)|veröffentlicht|publiziert|aktualisiert|erstellt|publié|publicado|actualizado|pubblicato|aggiornato)\b.*\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StampRegex();

    [GeneratedRegex(@"(?:^|[\s_-])(?:kicker|eyebrow|overline|over-?title|dachzeile|topline|roofline|rubri[ck]|section|section-?(?:label|name|link|tag)|category|categories|cat-?links|breadcrumbs?)(?:$|\s)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LabelRegex();

    [GeneratedRegex(@"(?:^|[\s_-])(?:by-?line|author|authors|article-?meta|post-?meta|entry-?meta)(?:$|[\s_-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BylineRegex();

    private static bool IsBlock(string name) => name is "p" or "div" or "section" or "article" or "main" or "header" or "h1" or "h2" or "h3"
        or "h4" or "h5" or "h6" or "li" or "ul" or "ol" or "blockquote" or "pre" or "table" or "tr" or "td" or "th" or "dl" or "dt" or "dd"
        or "hr" or "address" or "center" or "details" or "summary";
}
