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

    [Theory]
    [InlineData("</br>")]
    [InlineData("</p>")]
    [InlineData("</img>")]
    [InlineData("</span>")]
    public void Stray_end_tags_of_elements_never_opened_do_not_hide_depth(string stray)
    {
        // Browsers read "</br>" and "</p>" as new elements and drop a stray "</span>": every <div> stays open.
        var html = string.Concat(Enumerable.Repeat("<div>" + stray + stray, 5000)) + "text";

        Assert.True(MarkupDepth.TooDeep(html));
    }

    [Fact]
    public void An_end_tag_closes_the_elements_left_open_inside_it()
    {
        var block = "<div class=\"card\"><span><b>Valkov</b> spoke<i>, and left</div>";
        var html = "<html><body>" + string.Concat(Enumerable.Repeat(block, 5000)) + "</body></html>";

        Assert.False(MarkupDepth.TooDeep(html));
    }

    [Fact]
    public void Self_closed_elements_such_as_svg_paths_do_not_nest()
    {
        var icon = "<svg viewBox=\"0 0 10 10\">" + string.Concat(Enumerable.Repeat("<path d=\"M0 0L1 1\"/>", 3000)) + "</svg>";

        Assert.False(MarkupDepth.TooDeep("<html><body><div>" + icon + "<p>Text</p></div></body></html>"));
    }
}
