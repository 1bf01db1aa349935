using System.Text.Json;
using Readout.Helpers;
using Readout.Model;

namespace Readout.Comparison;

/// <summary>Writes an <see cref="EventComparison"/> as JSON: the shape of <c>readout compare --json</c> and of the report's "comparisons".</summary>
public static class ComparisonJsonWriter
{
    public static void Write(Utf8JsonWriter json, EventComparison comparison)
    {
        json.WriteStartObject();
        json.WriteNumber("event", comparison.Event);
        json.WriteNumberOrNull("primary", comparison.Primary);

        json.WriteStartArray("sources");
        foreach (var source in comparison.Sources)
        {
            json.WriteStartObject();
            json.WriteNumber("document", source.Document);
            json.WriteString("path", source.Path);
            json.WriteString("outlet", source.Outlet);
            json.WriteNumber("claims_carried", source.ClaimsCarried);
            json.WriteNumber("verbatim_share", source.VerbatimShare);
            json.WriteStrings("attribution", source.Attribution);
            json.WriteBoolean("syndicated", source.Syndicated);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("claims");
        foreach (var claim in comparison.Claims)
        {
            json.WriteStartObject();
            json.WriteString("id", claim.Id);
            json.WriteNumber("document", claim.Document);
            json.WriteSpan(claim.Span);
            json.WriteString("text", claim.Text);
            json.WriteString("speaker", claim.Speaker);
            json.WriteStartArray("cells");
            foreach (var cell in claim.Cells)
            {
                json.WriteStartObject();
                json.WriteNumber("document", cell.Document);
                json.WriteString("verdict", Name(cell.Verdict));
                if (cell.Span is { } span)
                {
                    json.WriteSpan(span);
                }
                else
                {
                    json.WriteNull("span");
                }

                json.WriteString("text", cell.Text);
                json.WriteString("what_changed", cell.WhatChanged);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    public static string Name(ClaimVerdict verdict) => verdict switch
    {
        ClaimVerdict.Same => "same",
        ClaimVerdict.Changed => "changed",
        ClaimVerdict.Added => "added",
        _ => "dropped",
    };

}
