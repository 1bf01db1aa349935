using Readout.Model;

namespace Readout.Extraction.Text;

/// <summary>What one line of a flattened page looks like, before deciding whether it is article text.</summary>
public enum LineKind
{
    Blank,

    /// <summary>Reads like prose: long enough, with sentence punctuation.</summary>
    Paragraph,

    /// <summary>Short or unpunctuated text: a heading, a menu item, a teaser title.</summary>
    Short,

    /// <summary>A line that is only a date (possibly with a time glued on).</summary>
    DateOnly,

    /// <summary>"date - headline": a dated teaser item.</summary>
    DatedHeadline,

    /// <summary>Known chrome: language switch, page clock, contact line, share/print links.</summary>
    Chrome,
}

/// <summary>One line of a text page with its trimmed extent in the raw content.</summary>
public readonly record struct TextLine(LineKind Kind, TextSpan Span, string Text);
