using System.Globalization;

namespace ClustER.Jobs.Newsletter;

/// <summary>The delivery-ledger keys of newsletter fan-outs.</summary>
public static class NewsletterLedger
{
    /// <summary>The issue sent to members.</summary>
    public const string IssueKind = "newsletter";

    /// <summary>The preview sent to staff for approval.</summary>
    public const string PreviewKind = "newsletter-preview";

    /// <summary>The staff's progress card of a dispatch.</summary>
    public const string ProgressKind = "newsletter-progress";

    /// <summary>The ledger subject of an issue.</summary>
    public static string SubjectId(int issueId) => $"issue:{issueId.ToString(CultureInfo.InvariantCulture)}";
}
