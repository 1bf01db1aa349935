using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Readout.Model;
using Readout.Server.Html;
using Readout.Storage;

namespace Readout.Server.Pages;

/// <summary>A storyline for one person or entity: their events on a dated, server-rendered SVG timeline.</summary>
public sealed class TimelineModel(IReadoutStore store) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Key { get; set; }

    public string Name { get; private set; } = "";

    public TimelineLayout Layout { get; private set; } = TimelineLayout.Of([], "");

    public IReadOnlyList<StoredEvent> Undated { get; private set; } = [];

    public IActionResult OnGet()
    {
        if (string.IsNullOrWhiteSpace(Key))
        {
            return Page();
        }

        var events = store.QueryEvents(new EventQuery { EntityKey = Key.Trim() }).Items;
        if (events.Count == 0)
        {
            return NotFound();
        }

        Name = events.SelectMany(e => e.Participants).FirstOrDefault(p => p.EntityKey == Key.Trim())?.Name ?? Key;
        Layout = TimelineLayout.Of(events, Key.Trim());
        Undated = events.Where(e => e.Date is null).ToList();
        return Page();
    }
}
