using System.Globalization;
using Readout.Model;
using Readout.Reporting;

namespace Readout.Server.Api;

/// <summary>
/// Parses query-string filters shared by the API and the pages, collecting every problem so a
/// 400 response names all bad parameters at once.
/// </summary>
public sealed class QueryArgs
{
    public const int DefaultPageSize = 25;
    public const int MaxPageSize = 200;

    public Dictionary<string, string[]> Errors { get; } = [];

    public bool IsValid => Errors.Count == 0;

    public DateOnly? Date(string name, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Errors[name] = ["expected a date as YYYY-MM-DD"];
        return null;
    }

    /// <summary>Accepts the JSON name ("telephone_conversation"), the human name or the enum name, any case.</summary>
    public EventKind? Kind(string name, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var wanted = value.Trim().Replace(' ', '_');
        foreach (var kind in Enum.GetValues<EventKind>())
        {
            if (string.Equals(EventKindNames.Json(kind), wanted, StringComparison.OrdinalIgnoreCase)
                || string.Equals(kind.ToString(), wanted, StringComparison.OrdinalIgnoreCase))
            {
                return kind;
            }
        }

        Errors[name] = [$"unknown kind; one of {string.Join(", ", Enum.GetValues<EventKind>().Select(EventKindNames.Json))}"];
        return null;
    }

    /// <summary>1-based page and page size (default 25, at most 200) to offset and limit.</summary>
    public (int Page, int Size) Paging(int? page, int? pageSize)
    {
        var p = page ?? 1;
        var size = pageSize ?? DefaultPageSize;
        if (p < 1)
        {
            Errors["page"] = ["must be 1 or more"];
        }

        if (size is < 1 or > MaxPageSize)
        {
            Errors["pageSize"] = [$"must be between 1 and {MaxPageSize}"];
        }

        return (Math.Max(p, 1), Math.Clamp(size, 1, MaxPageSize));
    }

    public static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public IResult Problem() => TypedResults.ValidationProblem(Errors, title: "Invalid query parameters");
}
