using Readout.Ingest;

namespace Readout.Tests.Ingest;

public sealed class MarkupDepthTests
{
    [Fact]
    public void Tens_of_thousands_of_nested_elements_are_too_deep()
    {
        var html = string.Concat(Enumerable.Repeat("<div>", 5000)) + "text" + string.Concat(Enumerable.Repeat("</div>", 5000));

        Assert.True(MarkupDepth.TooDeep(html));
    }

    [Fact]
    public void Unclosed_paragraphs_list_items_void_elements_comments_and_scripts_do_not_count_as_depth()
    {
        var row = "<p>Minister Valkov spoke.<br><img src=x><li>item<!-- <div><div> --><script>var s = '<div>';</script><div>closed</div>";
        var html = "<html><body>" + string.Concat(Enumerable.Repeat(row, 5000)) + "</body></html>";

        Assert.False(MarkupDepth.TooDeep(html));
    }
}
