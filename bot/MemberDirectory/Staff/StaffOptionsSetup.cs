using Microsoft.Extensions.Options;

namespace ClustER.Bot.MemberDirectory.Staff;

/// <summary>
/// Binds <c>Staff:AadObjectIds</c> from an array (JSON, <c>Staff__AadObjectIds__0</c>) or from a single
/// separated list (<c>--Staff:AadObjectIds=id1,id2</c>), which the default binder would ignore.
/// </summary>
internal sealed class StaffOptionsSetup(IConfiguration configuration) : IConfigureOptions<StaffOptions>
{
    private static readonly char[] Separators = [',', ';', ' '];

    public void Configure(StaffOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        IConfigurationSection section = configuration.GetSection(StaffOptions.SectionName).GetSection(nameof(StaffOptions.AadObjectIds));
        // An empty JSON array (appsettings.json ships one) reads as an empty value: then the children decide.
        IEnumerable<string?> values = section.Value is { Length: > 0 } single
            ? single.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : section.GetChildren().Select(c => c.Value?.Trim());
        foreach (string? value in values)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                options.AadObjectIds.Add(value);
            }
        }
    }
}
