using Readout.Model;

namespace Readout.Annotation.Entities;

/// <summary>
/// Merges a document's mentions into one <see cref="Entity"/> per key: the longest full name, and for
/// people the most informative role any mention gives (one with a country beats one without).
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
            mentions.Add(new Mention(d.Kind, d.Span.Slice(doc.Text), d.Span, d.Key));
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
            var best = (named.Count > 0 ? named : list)
                .OrderByDescending(d => d.Given is not null)
                .ThenByDescending(d => d.Name.Length)
                .First();
            var withRole = list.Where(d => d.Role is not null)
                .OrderByDescending(d => d.Country is not null)
                .ThenByDescending(d => d.Role!.Length)
                .FirstOrDefault();
            string? country = withRole?.Country ?? list.Select(d => d.Country).FirstOrDefault(c => c is not null);
            var aliases = list.Select(d => d.Kind == MentionKind.Person ? d.Name : d.Span.Slice(doc.Text))
                .Where(n => n != best.Name && !list.Any(d => d.IsNominal && d.Name == n))
                .Distinct(StringComparer.Ordinal)
                .ToArray();
            entities.Add(new Entity(key, best.Kind, best.Name, withRole?.Role, country) { Aliases = aliases });
        }

        return (mentions, entities);
    }
}
