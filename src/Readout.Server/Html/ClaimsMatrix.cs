using System.Globalization;
using Readout.Comparison;
using Readout.Model;
using Readout.Storage;

namespace Readout.Server.Html;

/// <summary>A column of the claims matrix: one source, the primary first, with its provenance (none for the primary).</summary>
public sealed record MatrixColumn(DocumentSummary Document, bool IsPrimary, SourceProvenance? Provenance)
{
    public string Carried => Provenance is { } p ? Percent(p.ClaimsCarried) : "reference";

    public string Verbatim => Provenance is { } p ? Percent(p.VerbatimShare) : "—";

    private static string Percent(double share) => (share * 100).ToString("0", CultureInfo.InvariantCulture) + " %";
}

/// <summary>
/// One cell: the verdict's CSS class and word (colour is never the only signal), the source's wording, what changed,
/// and a link to the document page with the span highlighted. <see cref="Verdict"/> is null where a source has
/// nothing to say about a row (an added claim another source does not carry).
/// </summary>
public sealed record MatrixCell(long Document, string? Verdict, string? Text, string? WhatChanged, string? Href)
{
    public string CssClass => Verdict is null ? "v-none" : "v-" + Verdict;

    public string Label => Verdict ?? "not reported";

    public string Symbol => Verdict switch
    {
        "source" => "●",
        "same" => "=",
        "changed" => "≠",
        "added" => "+",
        "dropped" => "−",
        _ => "·",
    };
}

/// <summary>One row: a claim of the primary (c1, …) or one only other sources carry (a1, …).</summary>
public sealed record MatrixRow(string Id, string Text, string? Speaker, bool Added, IReadOnlyList<MatrixCell> Cells);

/// <summary>The claims × sources matrix of the event page, laid out from an <see cref="EventComparison"/>.</summary>
public sealed record ClaimsMatrix(IReadOnlyList<MatrixColumn> Columns, IReadOnlyList<MatrixRow> Rows)
{
    public static ClaimsMatrix Of(EventComparison comparison, IReadOnlyList<DocumentSummary> sources)
    {
        var byId = sources.ToDictionary(s => s.Id);
        var provenance = comparison.Sources.ToDictionary(s => s.Document);
        var columns = new List<MatrixColumn>();
        if (comparison.Primary is { } primary && byId.TryGetValue(primary, out var primaryDocument))
        {
            columns.Add(new MatrixColumn(primaryDocument, true, null));
        }

        columns.AddRange(comparison.Sources.Where(s => byId.ContainsKey(s.Document)).Select(s => new MatrixColumn(byId[s.Document], false, provenance[s.Document])));

        var rows = comparison.Claims.Select(claim =>
        {
            var added = claim.Id.StartsWith('a');
            var cells = columns.Select(column =>
            {
                if (column.IsPrimary)
                {
                    return added
                        ? new MatrixCell(column.Document.Id, null, null, null, null)
                        : new MatrixCell(column.Document.Id, "source", claim.Text, null, Link(column.Document.Id, claim.Span));
                }

                return claim.Cells.FirstOrDefault(c => c.Document == column.Document.Id) is { } cell
                    ? new MatrixCell(cell.Document, ComparisonJsonWriter.Name(cell.Verdict), cell.Text, cell.WhatChanged, Link(cell.Document, cell.Span))
                    : new MatrixCell(column.Document.Id, null, null, null, null);
            }).ToList();
            return new MatrixRow(claim.Id, claim.Text, claim.Speaker, added, cells);
        }).ToList();
        return new ClaimsMatrix(columns, rows);
    }

    /// <summary>The document page with the span highlighted and scrolled to; no span (a dropped claim): the document itself.</summary>
    public static string Link(long document, TextSpan? span) => span is { } s
        ? string.Create(CultureInfo.InvariantCulture, $"/documents/{document}?hl={s.Start}-{s.End}#hl")
        : string.Create(CultureInfo.InvariantCulture, $"/documents/{document}");

    /// <summary>Parses the document page's <c>hl=start-end</c>; null when malformed or outside the body.</summary>
    public static TextSpan? ParseHighlight(string? value, int bodyLength)
    {
        if (string.IsNullOrEmpty(value) || value.Split('-') is not [var a, var b]
            || !int.TryParse(a, NumberStyles.None, CultureInfo.InvariantCulture, out var start)
            || !int.TryParse(b, NumberStyles.None, CultureInfo.InvariantCulture, out var end)
            || start >= end || end > bodyLength)
        {
            return null;
        }

        return new TextSpan(start, end);
    }
}
