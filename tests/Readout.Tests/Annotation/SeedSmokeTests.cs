using Readout.Annotation;
using Readout.Model;

namespace Readout.Tests.Annotation;

/// <summary>Smoke run over the shared real seed pages when present (skipped elsewhere): no crash, sane spans.</summary>
public sealed class SeedSmokeTests
{
    [Fact]
    public void Seed_pages_annotate_with_valid_spans()
    {
        const string folder = "/work/shared/seeds";
        if (!Directory.Exists(folder))
        {
            return;
        }

        var annotator = new Annotator();
        foreach (var path in Directory.GetFiles(folder, "*.txt"))
        {
            var body = File.ReadAllText(path);
            var a = annotator.Annotate(new Article { Path = path, Body = body, Published = new DateEvidence(new DateOnly(2021, 2, 5), DateSource.Hint, 1) });
            Assert.All(a.Mentions, m => Assert.Equal(m.Text, m.Span.Slice(body)));
            Assert.All(a.Times, t => Assert.Equal(t.Text, t.Span.Slice(body)));
            Assert.All(a.Mentions, m => Assert.NotNull(a.FindEntity(m.EntityKey)));
            Assert.Contains(a.Entities, e => e.Kind == MentionKind.Person && e.Role is not null);
        }
    }
}
