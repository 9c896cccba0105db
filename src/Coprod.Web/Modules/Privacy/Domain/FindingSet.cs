using System.Collections;

namespace Coprod.Web.Modules.Privacy.Domain;

/// <summary>
/// Findings that never overlap: a candidate is kept only if none of its characters is already
/// taken, so whoever is added first wins. Linear in the text length, whatever the number of findings.
/// </summary>
public sealed class FindingSet(int textLength)
{
    private readonly BitArray _taken = new(textLength);
    private readonly List<Finding> _findings = [];

    public bool TryAdd(Finding finding)
    {
        var end = finding.Start + finding.Length;
        for (var i = finding.Start; i < end; i++)
        {
            if (_taken[i])
            {
                return false;
            }
        }
        for (var i = finding.Start; i < end; i++)
        {
            _taken[i] = true;
        }
        _findings.Add(finding);
        return true;
    }

    /// <summary>The findings kept, in order of position.</summary>
    public List<Finding> ToSortedList()
    {
        var list = new List<Finding>(_findings);
        list.Sort((a, b) => a.Start.CompareTo(b.Start));
        return list;
    }
}
