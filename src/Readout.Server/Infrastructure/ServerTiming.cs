using System.Diagnostics;
using System.Globalization;

namespace Readout.Server.Infrastructure;

/// <summary>
/// Server-Timing headers (name;dur=ms) for the expensive step of a request: the store's share of a response time
/// can be read apart from queueing and rendering, e.g. under a load test on a busy machine.
/// </summary>
internal static class ServerTiming
{
    public static T Measure<T>(HttpContext context, string name, Func<T> work)
    {
        var start = Stopwatch.GetTimestamp();
        var result = work();
        var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        context.Response.Headers.Append("Server-Timing", string.Create(CultureInfo.InvariantCulture, $"{name};dur={elapsed:0.0}"));
        return result;
    }
}
