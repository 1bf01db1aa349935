using System.Diagnostics;
using System.Globalization;
using System.Text;
using Readout.Annotation;
using Readout.Events;
using Readout.Model;

namespace Readout.Bench;

/// <summary>
/// Whether annotation and event detection grow with the text and no faster: one synthetic news-like body per
/// size (fictional ministers, places and dates in varied paragraphs, a trigger in most sentences), each timed
/// once in process CPU time. A constant µs per character across sizes is linear; a rising one is not.
/// </summary>
internal static class BodyScaleProbe
{
    private static readonly string[] Given = ["Arlen", "Bodo", "Ceslav", "Dorin", "Elske", "Farid", "Gunnel", "Hesper", "Ivo", "Jorun", "Kasimir", "Lieve"];
    private static readonly string[] Family = ["Valkov", "Larcombe", "Korsgaard", "Ostrava", "Mirelli", "Tandberg", "Quillon", "Rasmark", "Selvey", "Udrin", "Wenholt", "Zarkan"];
    private static readonly string[] Countries = ["Norland", "Calteria", "Vostria", "Marivel", "Ostrelia", "Pellagos", "Quendor", "Sarvania"];
    private static readonly string[] Cities = ["Calt", "Vosk", "Marn", "Ostra", "Pell", "Quend", "Sarva", "Norby"];
    private static readonly string[] Months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    private static readonly string[] Subjects = ["Open Skies", "River Fisheries", "Border Demarcation", "Grain Transit", "Cultural Heritage", "Arctic Shipping"];

    public static void Run(IReadOnlyList<int> sizes, bool steps)
    {
        var annotator = new Annotator();
        var detector = new EventDetector();
        Time(annotator, detector, Body(20_000)); // JIT, regex and gazetteer warm-up, not reported
        Console.WriteLine("   chars   annotate ms   detect ms   annotate µs/char   detect µs/char   events");
        foreach (var size in sizes)
        {
            var (annotate, detect, events) = Time(annotator, detector, Body(size));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{size,8:N0}   {annotate,11:0}   {detect,9:0}   {annotate * 1000 / size,16:0.000}   {detect * 1000 / size,14:0.000}   {events,6}"));
        }

        if (steps)
        {
            foreach (var size in sizes)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{size,8:N0} annotate by pass: ") + AnnotationSteps.Format(AnnotationSteps.Time([Body(size)]), size / 1000.0, "µs/char"));
            }
        }
    }

    private static (double AnnotateMs, double DetectMs, int Events) Time(Annotator annotator, EventDetector detector, string body)
    {
        var article = new Article { Path = "probe.txt", Title = "Foreign ministers of Norland and Calteria hold talks", Body = body };
        GC.Collect();
        using var self = Process.GetCurrentProcess();
        var start = self.TotalProcessorTime;
        var annotations = annotator.Annotate(article);
        self.Refresh();
        var annotated = self.TotalProcessorTime;
        var events = detector.Detect(article, annotations);
        self.Refresh();
        var detected = self.TotalProcessorTime;
        return ((annotated - start).TotalMilliseconds, (detected - annotated).TotalMilliseconds, events.Count);
    }

    /// <summary>About <paramref name="size"/> characters of paragraphs, names and dates varied by a fixed seed.</summary>
    private static string Body(int size)
    {
        var random = new Random(20261123);
        var text = new StringBuilder(size + 1000);
        while (text.Length < size)
        {
            string Person() => $"{Given[random.Next(Given.Length)]} {Family[random.Next(Family.Length)]}";
            string Date() => $"{random.Next(1, 28)} {Months[random.Next(12)]} {random.Next(2019, 2025)}";
            var (a, b) = (Countries[random.Next(Countries.Length)], Countries[random.Next(Countries.Length)]);
            var city = Cities[random.Next(Cities.Length)];
            var subject = Subjects[random.Next(Subjects.Length)];
            text.Append(CultureInfo.InvariantCulture, $"Foreign Minister {Person()} of {a} held talks with Secretary {Person()} of {b} in {city} on {Date()}. ")
                .Append(CultureInfo.InvariantCulture, $"The two sides discussed the Treaty on {subject} and cooperation in grain transit. ")
                .Append(CultureInfo.InvariantCulture, $"Following the telephone conversation between President {Person()} and Prime Minister {Person()} on {Date()}, the ministry issued a statement.\n")
                .Append(CultureInfo.InvariantCulture, $"Mr. {Family[random.Next(Family.Length)]} visited {city} and met with his counterpart, who said the {subject} talks would continue next month.\n\n");
        }

        return text.ToString(0, size);
    }
}
