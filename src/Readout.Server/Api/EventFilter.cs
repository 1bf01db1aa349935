using Readout.Storage;

namespace Readout.Server.Api;

/// <summary>The event filters as given in a query string (shared by the API, the exports and the event list page).</summary>
public sealed record EventFilter(string? Q, string? From, string? To, string? Kind, string? Person, string? Outlet)
{
    public EventQuery ToQuery(QueryArgs args) => new()
    {
        Text = QueryArgs.Text(Q),
        From = args.Date("from", From),
        To = args.Date("to", To),
        Kind = args.Kind("kind", Kind),
        Person = QueryArgs.Text(Person),
        Outlet = QueryArgs.Text(Outlet),
    };
}
