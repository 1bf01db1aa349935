namespace Readout.Extraction.Text;

/// <summary>
/// What is known of each site's page template: the lines (menus, footers, banners) its pages
/// repeat. In memory for a run now; a store-backed version can remember sites across runs.
/// </summary>
public interface ISiteTemplates
{
    /// <summary>Records one page of <paramref name="site"/>; a page seen before is not counted twice.</summary>
    void Observe(string site, string content);

    /// <summary>The site's template as learned so far (empty until enough pages are seen).</summary>
    SiteTemplate For(string site);
}
