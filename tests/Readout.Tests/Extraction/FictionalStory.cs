namespace Readout.Tests.Extraction;

/// <summary>
/// The fictional story the HTML extraction specifications wrap in chrome: three paragraphs of a ministers' meeting
/// in invented countries, and the pages that carry it.
/// </summary>
internal static class FictionalStory
{
    public const string Paragraphs = """
        <p>Ostravian Foreign Minister Pell Darro met his Belmarian counterpart Ana Quist in Portavel on Monday, the ministry said.</p>
        <p>The ministers discussed the fishing dispute in the Varn Strait, the ferry service and the spring trade fair.</p>
        <p>They agreed to resume expert consultations next month, according to a joint statement issued after the talks.</p>
        """;

    /// <summary>A page whose body is the given markup, titled like the story.</summary>
    public static string PageWithBody(string body) =>
        $"<html><head><title>Darro meets Quist</title></head><body>{body}</body></html>";

    /// <summary>A page whose body holds the given markup inside one <c>article</c> element.</summary>
    public static string PageWithArticle(string body) => PageWithBody($"<article>{body}</article>");
}
