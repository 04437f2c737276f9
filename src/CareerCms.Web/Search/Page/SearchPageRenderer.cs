using System.Globalization;
using System.Net;
using System.Text;
using CareerCms.Web.Corpus;
using CareerCms.Web.Search.Careers;
using Microsoft.AspNetCore.WebUtilities;

namespace CareerCms.Web.Search.Page;

/// <summary>
/// Writes the <c>/search</c> page as plain HTML: a GET form that works without JavaScript, accessible labels,
/// a live status region, results linking to their Delivery API routes, and a small inline script that searches as
/// you type by fetching the server-rendered results fragment. Every piece of text is HTML-encoded; snippets
/// arrive encoded with <c>&lt;mark&gt;</c> only.
/// </summary>
public static class SearchPageRenderer
{
    /// <summary>Where a hit links: the Delivery API item by route.</summary>
    public const string DeliveryApiItemPrefix = "/umbraco/delivery/api/v2/content/item";

    /// <summary>The whole page.</summary>
    public static string Page(SearchPageModel model, string nonce)
    {
        ArgumentNullException.ThrowIfNull(model);
        var html = new StringBuilder(16 * 1024);
        html.Append("""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            """);
        html.Append("<title>").Append(E(string.IsNullOrWhiteSpace(model.Request.Query) ? "Search careers" : $"{model.Request.Query} – Search careers")).Append("</title>\n");
        html.Append(Style.Replace("<style>", $"<style nonce=\"{nonce}\">", StringComparison.Ordinal));
        html.Append("</head>\n<body>\n<a class=\"skip\" href=\"#results-region\">Skip to results</a>\n<header><h1>Search careers</h1></header>\n<main>\n");
        Form(html, model);
        html.Append("<div id=\"results-region\" tabindex=\"-1\">\n");
        html.Append(Results(model));
        html.Append("</div>\n</main>\n<footer>\n<p class=\"credit\"><small>").Append(E(OccupationCorpus.Attribution)).Append("</small></p>\n</footer>\n");
        html.Append(Script.Replace("<script>", $"<script nonce=\"{nonce}\">", StringComparison.Ordinal));
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>The results region only (what the as-you-type script swaps in).</summary>
    public static string Results(SearchPageModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var html = new StringBuilder(8 * 1024);
        if (model.Errors.Count > 0)
        {
            html.Append("<div class=\"errors\" role=\"alert\"><p>Please correct the search:</p><ul>");
            foreach (var message in model.Errors.SelectMany(e => e.Value))
            {
                html.Append("<li>").Append(E(message)).Append("</li>");
            }

            html.Append("</ul></div>\n");
            return html.ToString();
        }

        if (model.Unavailable || model.Response is not { } response)
        {
            html.Append("<p id=\"status\" role=\"status\">Search is unavailable right now. Please try again in a moment.</p>\n");
            return html.ToString();
        }

        var query = model.Request.Query?.Trim();
        html.Append("<p id=\"status\" role=\"status\" aria-live=\"polite\">")
            .Append(E(Count(response.Total)))
            .Append(string.IsNullOrEmpty(query) ? string.Empty : $" for “{E(query)}”")
            .Append("</p>\n");
        if (response.DidYouMean is { } suggestion)
        {
            html.Append("<p class=\"did-you-mean\">Did you mean <a href=\"").Append(E(Link(model.Request with { Query = suggestion, Page = 1 })))
                .Append("\">").Append(E(suggestion)).Append("</a>?</p>\n");
        }

        if (response.Hits.Count > 0)
        {
            var start = ((response.Page - 1) * response.PageSize) + 1;
            html.Append("<ol id=\"results\" class=\"results\" start=\"").Append(start.ToString(CultureInfo.InvariantCulture)).Append("\">\n");
            foreach (var hit in response.Hits)
            {
                Hit(html, hit);
            }

            html.Append("</ol>\n");
        }

        Pagination(html, model.Request, response);
        return html.ToString();
    }

    private static void Form(StringBuilder html, SearchPageModel model)
    {
        var request = model.Request;
        var facets = model.Response?.Facets;
        html.Append("<form role=\"search\" method=\"get\" action=\"/search\" id=\"search-form\">\n");
        html.Append("<div class=\"query\"><label for=\"q\">Career or transition path</label>\n");
        html.Append("<input id=\"q\" name=\"q\" type=\"search\" autocomplete=\"off\" spellcheck=\"false\" list=\"q-suggestions\" aria-describedby=\"q-help\" value=\"")
            .Append(E(request.Query ?? string.Empty)).Append("\" autofocus>\n");
        html.Append("<datalist id=\"q-suggestions\"></datalist>\n");
        html.Append("<p id=\"q-help\" class=\"help\">Typos are forgiven; put words in quotes to find them together.</p></div>\n");
        html.Append("<fieldset><legend>Filters</legend>\n");
        Select(html, "industry", "Industry", request.Industries, facets?.Industry.Select(f => (f.Value, f.Value, f.Count)));
        Select(html, "experienceLevel", "Experience level", request.ExperienceLevels, facets?.ExperienceLevel.Select(f => (f.Value, f.Value, f.Count)));
        Select(html, "difficulty", "Transition difficulty", request.Difficulties, facets?.Difficulty.Select(f => (f.Value, f.Value, f.Count)));
        Number(html, "salaryMin", "Salary from (per year)", request.SalaryMin);
        Number(html, "salaryMax", "Salary up to (per year)", request.SalaryMax);
        html.Append("</fieldset>\n<button type=\"submit\">Search</button>\n</form>\n");
    }

    private static void Select(StringBuilder html, string name, string label, IReadOnlyList<string> selected, IEnumerable<(string Value, string Label, long Count)>? options)
    {
        var id = "f-" + name;
        html.Append("<div class=\"filter\"><label for=\"").Append(id).Append("\">").Append(E(label)).Append("</label>\n<select id=\"").Append(id)
            .Append("\" name=\"").Append(name).Append("\">\n<option value=\"\">Any</option>\n");
        var listed = (options ?? []).ToList();
        foreach (var value in selected.Where(v => listed.All(o => o.Value != v)))
        {
            listed.Add((value, value, 0));
        }

        foreach (var (value, text, count) in listed)
        {
            html.Append("<option value=\"").Append(E(value)).Append('"').Append(selected.Contains(value) ? " selected" : string.Empty).Append('>')
                .Append(E(text)).Append(" (").Append(count.ToString(CultureInfo.InvariantCulture)).Append(")</option>\n");
        }

        html.Append("</select></div>\n");
    }

    private static void Number(StringBuilder html, string name, string label, int? value)
    {
        html.Append("<div class=\"filter\"><label for=\"f-").Append(name).Append("\">").Append(E(label)).Append("</label>\n<input id=\"f-").Append(name)
            .Append("\" name=\"").Append(name).Append("\" type=\"number\" min=\"0\" step=\"1000\" inputmode=\"numeric\" value=\"")
            .Append(value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty).Append("\"></div>\n");
    }

    private static void Hit(StringBuilder html, CareerSearchHit hit)
    {
        var kind = hit.ContentType == "transitionPath" ? "Transition path" : "Career";
        html.Append("<li><article>\n<h2><a href=\"").Append(E(DeliveryApiItemPrefix + (hit.Route ?? "/"))).Append("\">").Append(E(hit.Name)).Append("</a></h2>\n");
        html.Append("<p class=\"kind\">").Append(kind).Append("</p>\n");
        if (!string.IsNullOrEmpty(hit.Snippet))
        {
            // Already HTML-encoded by the highlighter, with <mark> as the only markup.
            html.Append("<p class=\"snippet\">").Append(hit.Snippet).Append("</p>\n");
        }

        html.Append("</article></li>\n");
    }

    private static void Pagination(StringBuilder html, CareerSearchRequest request, CareerSearchResponse response)
    {
        var pages = (int)Math.Min(int.MaxValue, (response.Total + response.PageSize - 1) / response.PageSize);
        if (pages <= 1)
        {
            return;
        }

        html.Append("<nav aria-label=\"Result pages\" class=\"pages\"><ul>\n");
        if (response.Page > 1)
        {
            html.Append("<li><a rel=\"prev\" href=\"").Append(E(Link(request with { Page = response.Page - 1 }))).Append("\">Previous page</a></li>\n");
        }

        html.Append("<li aria-current=\"page\">Page ").Append(response.Page.ToString(CultureInfo.InvariantCulture)).Append(" of ")
            .Append(pages.ToString(CultureInfo.InvariantCulture)).Append("</li>\n");
        if (response.Page < pages)
        {
            html.Append("<li><a rel=\"next\" href=\"").Append(E(Link(request with { Page = response.Page + 1 }))).Append("\">Next page</a></li>\n");
        }

        html.Append("</ul></nav>\n");
    }

    /// <summary>The page URL of a request.</summary>
    public static string Link(CareerSearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var parameters = new List<KeyValuePair<string, string?>>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                parameters.Add(new(name, value));
            }
        }

        Add("q", request.Query);
        request.Industries.ToList().ForEach(v => Add("industry", v));
        request.ExperienceLevels.ToList().ForEach(v => Add("experienceLevel", v));
        request.Difficulties.ToList().ForEach(v => Add("difficulty", v));
        Add("salaryMin", request.SalaryMin?.ToString(CultureInfo.InvariantCulture));
        Add("salaryMax", request.SalaryMax?.ToString(CultureInfo.InvariantCulture));
        Add("page", request.Page > 1 ? request.Page.ToString(CultureInfo.InvariantCulture) : null);
        Add("pageSize", request.PageSize?.ToString(CultureInfo.InvariantCulture));
        return QueryHelpers.AddQueryString("/search", parameters);
    }

    private static string Count(long total) => total switch
    {
        0 => "No careers or paths found",
        1 => "1 result",
        _ => total.ToString("N0", CultureInfo.InvariantCulture) + " results",
    };

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private const string Style = """
        <style>
        body{font-family:system-ui,sans-serif;line-height:1.5;margin:0 auto;max-width:56rem;padding:1rem;color:#1a1a1a;background:#fff}
        .skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem;z-index:1}
        label{display:block;font-weight:600}input,select,button{font:inherit;padding:.4rem;border:1px solid #555;border-radius:4px}
        input[type=search]{width:100%;box-sizing:border-box}fieldset{display:flex;flex-wrap:wrap;gap:1rem;border:1px solid #ccc;margin:1rem 0}
        button{background:#1d4ed8;color:#fff;border-color:#1d4ed8;cursor:pointer}
        :focus-visible{outline:3px solid #f59e0b;outline-offset:2px}
        .results{padding-left:1.5rem}.results h2{font-size:1.15rem;margin:.8rem 0 0}.kind{color:#555;margin:0;font-size:.9rem}
        mark{background:#fde68a;color:inherit}.help{color:#555;font-size:.9rem;margin:.25rem 0}
        .pages ul{list-style:none;display:flex;gap:1rem;padding:0}.errors{border:2px solid #b91c1c;padding:.5rem 1rem}
        .credit{color:#555;border-top:1px solid #ddd;margin-top:2rem;padding-top:1rem}
        </style>
        """;

    private const string Script = """
        <script>
        (() => {
          const form = document.getElementById('search-form');
          const input = document.getElementById('q');
          const region = document.getElementById('results-region');
          const list = document.getElementById('q-suggestions');
          if (!form || !input || !region || !window.fetch) return;
          let timer = 0, controller = null;
          const refresh = () => {
            const params = new URLSearchParams(new FormData(form));
            for (const [k, v] of [...params]) if (!v) params.delete(k);
            const url = '/search?' + params.toString();
            if (controller) controller.abort();
            controller = new AbortController();
            params.set('fragment', 'results');
            fetch('/search?' + params.toString(), { signal: controller.signal, headers: { 'Accept': 'text/html' } })
              .then(r => r.ok || r.status === 400 ? r.text() : Promise.reject(r.status))
              .then(html => { region.innerHTML = html; history.replaceState(null, '', url); })
              .catch(() => {});
            const q = input.value.trim();
            if (q.length > 0 && list) {
              fetch('/api/careers/suggest?q=' + encodeURIComponent(q), { signal: controller.signal })
                .then(r => r.ok ? r.json() : { suggestions: [] })
                .then(data => {
                  list.replaceChildren(...data.suggestions.map(s => { const o = document.createElement('option'); o.value = s.title; return o; }));
                })
                .catch(() => {});
            }
          };
          input.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(refresh, 150); });
          form.addEventListener('change', e => { if (e.target !== input) { clearTimeout(timer); refresh(); } });
        })();
        </script>
        """;
}
