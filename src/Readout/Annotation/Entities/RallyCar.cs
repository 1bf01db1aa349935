using Readout.Annotation.Names;
using Readout.Model;

namespace Readout.Annotation.Entities;

/// <summary>
/// In a results line a driver's car stands where a cyclist's team would ("Anna Varn ( Ostravia ) Toyota Celica 2:09"):
/// a carmaker followed by a model names a product, not a team. Alone ("( Ostravia ) Suzuki 1:51.2") the maker is the team.
/// </summary>
internal static class RallyCar
{
    // Hand-kept: carmakers that enter rallies and touring-car series.
    private static readonly HashSet<string> Makers = new(StringComparer.Ordinal)
    {
        "Toyota", "Ford", "Subaru", "Mitsubishi", "Nissan", "Honda", "Mazda", "Suzuki", "Daihatsu", "Hyundai", "Kia", "Peugeot",
        "Citroen", "Renault", "Volkswagen", "VW", "Audi", "BMW", "Mercedes", "Opel", "Vauxhall", "Fiat", "Lancia", "Alfa", "Skoda",
        "Seat", "SEAT", "Volvo", "Saab", "Porsche", "Proton", "Lada",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> MakerLookup = Makers.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Adds the run [start, end) as a car when it is a maker and a model; false when it is not one.</summary>
    public static bool TryAdd(DocumentContext doc, int start, int end)
    {
        if (end - start < 2 || !MakerLookup.Contains(doc.Word(start)))
        {
            return false;
        }

        string name = doc.Text[doc.Tokens[start].Start..doc.Tokens[end - 1].End];
        doc.Add(new MentionDraft(MentionKind.Other, doc.SpanOf(start, end), "product:" + NameFolding.Slug(name), name), start, end);
        return true;
    }
}
