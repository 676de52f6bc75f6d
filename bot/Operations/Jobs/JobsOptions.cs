using System.ComponentModel.DataAnnotations;

namespace ClustER.Bot.Operations.Jobs;

/// <summary>The Hangfire server in the bot host (section <c>Jobs</c>). The storage follows <c>Storage:Provider</c>.</summary>
public sealed class JobsOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Jobs";

    /// <summary>Whether this host runs a Hangfire server. Off for an instance that should only enqueue.</summary>
    public bool ServerEnabled { get; set; } = true;

    /// <summary>Worker threads; null = Hangfire's default (5 per core, at most 20).</summary>
    [Range(1, 100, ErrorMessage = "Configuration key 'Jobs:WorkerCount' must be between 1 and 100.")]
    public int? WorkerCount { get; set; }
}
