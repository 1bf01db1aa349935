namespace Readout.Extraction.Html;

// The passes over the written paragraphs that drop what only the neighbouring paragraphs show to be chrome.
public sealed partial class HtmlTextWriter
{
    /// <summary>
    /// Drops headings with no text of their own below them: the "More on this topic" or "Latest
    /// articles" title of a teaser list whose links were dropped, a heading closing the page, or one
    /// followed straight by a heading of the same or a higher rank (a subheading keeps its section heading).
    /// </summary>
    private void DropOrphanHeadings()
    {
        for (var i = paragraphs.Count - 1; i >= 0; i--)
        {
            var last = i == paragraphs.Count - 1;
            if (headings[i] > 0 && paragraphs.Count > 1 && !IsSentence(paragraphs[i]) && (last || headings[i + 1] > 0 && headings[i + 1] <= headings[i]))
            {
                paragraphs.RemoveAt(i);
                headings.RemoveAt(i);
            }
        }
    }

    /// <summary>A heading that is a whole sentence (a paragraph set in a heading's type), not a section title.</summary>
    private static bool IsSentence(string text) => text.Length > MinSentenceHeading && text[^1] is '.' or '!' or '?' or '…' or '"' or '“' or '”';

    /// <summary>Drops the contact blocks after the story (press office, publisher's address), while article text remains.</summary>
    private void DropContactBlocks()
    {
        while (dropLabels && ContactBlock.Find(paragraphs) is { Length: > 0 } block)
        {
            paragraphs.RemoveRange(block.Start, block.Length);
            headings.RemoveRange(block.Start, block.Length);
        }
    }

    /// <summary>
    /// Drops short lead-ins closing the body ("You may also like:", "Source:", "Read next:"): the list
    /// they introduced was dropped as links, so they introduce nothing. (Short lines in general stay:
    /// articles end in lists of dates, results and credits.)
    /// </summary>
    private void DropTrailingLabels()
    {
        while (paragraphs.Count > 1 && paragraphs[^1] is { Length: < MaxTrailingLabelLength } last && last[^1] == ':')
        {
            paragraphs.RemoveAt(paragraphs.Count - 1);
            headings.RemoveAt(headings.Count - 1);
        }
    }

    /// <summary>
    /// Drops a single word closing the body after a paragraph ("Topics", "Temas"): the title of a tag list whose
    /// links were dropped.
    /// </summary>
    private void DropTrailingWord()
    {
        if (paragraphs.Count > 1 && paragraphs[^1] is { Length: < MaxLabelLength } last && paragraphs[^2].Length >= MinSentenceHeading
            && IsOneWord(last))
        {
            paragraphs.RemoveAt(paragraphs.Count - 1);
            headings.RemoveAt(headings.Count - 1);
        }
    }

    private static bool IsOneWord(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }
}
