using System.Net;
using System.Text.RegularExpressions;

namespace Coprod.IntegrationTests.Platform.Auth;

/// <summary>
/// A form of a server-rendered page, submitted the way a browser does: every field it holds
/// (antiforgery token, <c>_handler</c>, hidden fields) with the values typed into the fields named by id.
/// </summary>
internal sealed partial class HtmlForm
{
    private readonly Dictionary<string, string> _values = [];
    private readonly Dictionary<string, string> _namesById = [];

    private HtmlForm(string action) => Action = action;

    /// <summary>Where the form posts: its <c>action</c>, or the page itself.</summary>
    public string Action { get; }

    /// <summary>The form whose hidden <c>_handler</c> field is <paramref name="formName"/> (a Blazor form).</summary>
    public static HtmlForm Find(string html, string pageUrl, string formName) =>
        Find(html, pageUrl, (_, inputs) => inputs.Any(a => a.GetValueOrDefault("name") == "_handler" && a.GetValueOrDefault("value") == formName))
        ?? throw new InvalidOperationException($"No form '{formName}' on {pageUrl}.");

    /// <summary>The plain form that posts to <paramref name="action"/>.</summary>
    public static HtmlForm FindPostingTo(string html, string pageUrl, string action) =>
        Find(html, pageUrl, (form, _) => form.GetValueOrDefault("action") == action)
        ?? throw new InvalidOperationException($"No form posting to '{action}' on {pageUrl}.");

    private static HtmlForm? Find(string html, string pageUrl, Func<Dictionary<string, string>, List<Dictionary<string, string>>, bool> match)
    {
        foreach (Match form in FormPattern().Matches(html))
        {
            var attributes = Attributes(form.Groups["open"].Value);
            var inputs = InputPattern().Matches(form.Groups["body"].Value).Select(m => Attributes(m.Value)).ToList();
            if (!match(attributes, inputs))
            {
                continue;
            }
            var action = attributes.GetValueOrDefault("action");
            var result = new HtmlForm(string.IsNullOrEmpty(action) ? pageUrl : action);
            foreach (var input in inputs.Where(a => a.ContainsKey("name")))
            {
                result._values[input["name"]] = input.GetValueOrDefault("value", "");
                if (input.TryGetValue("id", out var id))
                {
                    result._namesById[id] = input["name"];
                }
            }
            return result;
        }
        return null;
    }

    public HtmlForm Set(string id, string value)
    {
        _values[_namesById.TryGetValue(id, out var name) ? name : throw new InvalidOperationException($"No field with id '{id}'.")] = value;
        return this;
    }

    public Task<HttpResponseMessage> SubmitAsync(HttpClient client) =>
        client.PostAsync(Action, new FormUrlEncodedContent(_values), TestContext.Current.CancellationToken);

    private static Dictionary<string, string> Attributes(string tag) =>
        AttributePattern().Matches(tag).ToDictionary(m => m.Groups["name"].Value, m => WebUtility.HtmlDecode(m.Groups["value"].Value));

    [GeneratedRegex(@"(?<open><form\b[^>]*>)(?<body>.*?)</form>", RegexOptions.Singleline)]
    private static partial Regex FormPattern();

    [GeneratedRegex(@"<input\b[^>]*>", RegexOptions.Singleline)]
    private static partial Regex InputPattern();

    [GeneratedRegex(@"(?<name>[\w:.\-]+)=""(?<value>[^""]*)""")]
    private static partial Regex AttributePattern();
}
