namespace ClustER.Tests.EndToEnd;

/// <summary>
/// A test that needs the Agents Playground (and, with <see cref="NeedsBrowser"/>, chromium). Skipped with
/// the reason when a tool is missing, except under <c>CI=true</c>, where the test runs and fails instead.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class EndToEndFactAttribute : FactAttribute
{
    private string? _skip;

    /// <summary>True when the test drives the Playground's web UI in chromium.</summary>
    public bool NeedsBrowser { get; set; }

    /// <inheritdoc />
    public override string? Skip
    {
        get
        {
            if (_skip is not null || EndToEndEnvironment.IsCi)
            {
                return _skip;
            }

            string? reason = NeedsBrowser
                ? EndToEndEnvironment.BrowserUnavailableReason()
                : EndToEndEnvironment.PlaygroundUnavailableReason();
            return reason is null ? null : $"End-to-end prerequisite missing: {reason}.";
        }
        set => _skip = value;
    }
}
