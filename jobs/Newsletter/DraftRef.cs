namespace ClustER.Jobs.Newsletter;

/// <summary>A draft issue as of one revision (each rebuild or edit is a new revision and a new preview).</summary>
/// <param name="IssueId">The issue.</param>
/// <param name="Revision">The revision the preview shows.</param>
public sealed record DraftRef(int IssueId, int Revision);
