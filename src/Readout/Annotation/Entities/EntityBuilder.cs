using Readout.Model;

namespace Readout.Annotation.Entities;

/// <summary>
/// Merges a document's mentions into one <see cref="Entity"/> per key. A person is named by the most frequent
/// full-name spelling (ties → first seen); other kinds by their longest form. Role and country come from the
/// mention nearest the first full-name mention that gives them, so a later, different title does not win.
/// </summary>
internal static class EntityBuilder
{
    public static (IReadOnlyList<Mention> Mentions, IReadOnlyList<Entity> Entities) Build(DocumentContext doc)
    {
        var mentions = new List<Mention>(doc.Mentions.Count);
        var groups = new Dictionary<string, List<MentionDraft>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var d in doc.Mentions)
        {
            mentions.Add(new Mention(d.Kind, d.Span.Slice(doc.Text), d.Span, d.Key) { IsNominal = d.IsNominal });
            if (!groups.TryGetValue(d.Key, out var list))
            {
                groups[d.Key] = list = [];
                order.Add(d.Key);
            }

            list.Add(d);
        }

        var entities = new List<Entity>(order.Count);
        foreach (var key in order)
        {
            var list = groups[key];
            var named = list.Where(d => !d.IsNominal).ToList();
            var best = BestName(named.Count > 0 ? named : list);
            var anchor = list.FirstOrDefault(d => d.Kind == MentionKind.Person && d.Given is not null && !d.IsNominal) ?? list[0];
            var withRole = Nearest(list.Where(d => d.Role is not null), anchor);
            string? country = withRole?.Country ?? Nearest(list.Where(d => d.Country is not null), anchor)?.Country;
            var aliases = list.Select(d => d.Kind == MentionKind.Person ? d.Name : d.Span.Slice(doc.Text))
                .Where(n => n != best.Name && !list.Any(d => d.IsNominal && d.Name == n))
                .Distinct(StringComparer.Ordinal)
                .ToArray();
            entities.Add(new Entity(key, best.Kind, best.Name, withRole?.Role, country)
            {
                Aliases = aliases,
                RoleSource = withRole is null ? null : RoleSource.FromText,
            });
        }

        return (mentions, entities);
    }

    // People: the most frequent full-name spelling (ties → first seen), so one misspelling never names the
    // entity. Other kinds keep the longest form ("Strategic Arms Reduction Treaty" over "START").
    private static MentionDraft BestName(List<MentionDraft> candidates)
    {
        var full = candidates.Where(d => d.Kind == MentionKind.Person && d.Given is not null).ToList();
        if (full.Count == 0)
        {
            return candidates.OrderByDescending(d => d.Name.Length).First();
        }

        // GroupBy keeps first-appearance order and OrderByDescending is stable, so ties go to the first seen.
        return full.GroupBy(d => d.Name, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .First()
            .First();
    }

    // The mention closest to the anchor (the first full-name mention); ties → the earlier one. Mentions are in text order.
    private static MentionDraft? Nearest(IEnumerable<MentionDraft> candidates, MentionDraft anchor)
        => candidates.OrderBy(d => Math.Abs(d.Span.Start - anchor.Span.Start)).FirstOrDefault();
}
