using Coprod.Web.Modules.Directory.Domain;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Directory.Features;

/// <summary>DIR-3: the problem catalogue, codes with their labels in the interface language.</summary>
public static class ListProblems
{
    public sealed record Item(string Code, string Label);

    public sealed class Handler(IStringLocalizer<DirectoryText> t)
    {
        public IReadOnlyList<Item> Handle() => ProblemCatalogue.Codes.Select(c => new Item(c, t[ProblemCatalogue.LabelKey(c)])).ToList();
    }
}
