namespace Coprod.Web.Platform.Problems;

/// <summary>Collects field errors for a validation problem (the field names are the JSON names).</summary>
public sealed class Validation
{
    private readonly Dictionary<string, List<string>> _errors = [];

    public bool IsValid => _errors.Count == 0;

    public Validation Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            _errors[field] = list = [];
        }
        list.Add(message);
        return this;
    }

    public Validation Check(bool condition, string field, string message) => condition ? this : Add(field, message);

    public IDictionary<string, string[]> Errors => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray());

    public static IDictionary<string, string[]> Single(string field, string message) => new Validation().Add(field, message).Errors;
}
