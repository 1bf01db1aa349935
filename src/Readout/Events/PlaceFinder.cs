using Readout.Model;

namespace Readout.Events;

/// <summary>
/// Where an event happened: a place the evidence sentence puts it "in" (or a visit goes "to"), else the
/// dateline place for events that need one room. Calls have no place: the dateline of a report about a
/// call is where the reporter sat, not where the call happened.
/// </summary>
internal sealed class PlaceFinder
{
    private readonly string _body;
    private readonly Article _article;
    private readonly List<Mention> _places;

    public PlaceFinder(Article article, Annotations annotations)
    {
        _body = article.Body;
        _article = article;
        _places = annotations.Mentions.Where(m => m.Kind == MentionKind.Place).OrderBy(m => m.Span.Start).ToList();
    }

    public string? Find(EventKind kind, TextSpan evidence)
    {
        if (kind is EventKind.TelephoneCall or EventKind.VideoCall)
        {
            return null;
        }

        foreach (var place in _places)
        {
            if (place.Span.Start < evidence.Start || place.Span.End > evidence.End)
            {
                continue;
            }

            var before = _body.AsSpan(evidence.Start, place.Span.Start - evidence.Start).TrimEnd();
            if (before.EndsWith(" in", StringComparison.OrdinalIgnoreCase)
                || (kind == EventKind.Visit && before.EndsWith(" to", StringComparison.OrdinalIgnoreCase)))
            {
                return place.Text;
            }
        }

        return kind is EventKind.Statement or EventKind.JointStatement ? null : _article.Dateline?.Place;
    }
}
