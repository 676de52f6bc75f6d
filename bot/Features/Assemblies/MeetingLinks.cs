using System.Globalization;
using ClustER.Bot.Hosting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace ClustER.Bot.Features.Assemblies;

/// <summary>
/// Signed, expiring links to a meeting's calendar invitation and attendance list. Teams cannot attach a file
/// to a bot message without a consent dialog per recipient, so invitations are served from the bot; the
/// token (ASP.NET Core data protection, time-limited) names the meeting and what it opens, so a link cannot
/// be edited into another meeting's or into the staff-only attendance list.
/// </summary>
internal sealed class MeetingLinks(IDataProtectionProvider protection, IOptions<AssemblyOptions> options, TimeProvider time)
{
    /// <summary>What a link opens.</summary>
    public const string Invitation = "ics";

    /// <summary>The staff-only attendance list.</summary>
    public const string Attendance = "csv";

    private readonly SignedTokens _tokens = new(protection, "ClustER.Bot.Assemblies.Links", time);

    /// <summary>The invitation's address.</summary>
    public string InvitationUrl(int meetingId) => Url(meetingId, Invitation, "invite.ics");

    /// <summary>The attendance list's address.</summary>
    public string AttendanceUrl(int meetingId) => Url(meetingId, Attendance, "attendance.csv");

    /// <summary>True when <paramref name="token"/> is valid for <paramref name="what"/> of <paramref name="meetingId"/> and not expired.</summary>
    public bool Verify(string? token, int meetingId, string what) => _tokens.Unprotect(token) == Payload(meetingId, what);

    private string Url(int meetingId, string what, string file)
    {
        string token = _tokens.Protect(Payload(meetingId, what), time.GetUtcNow() + options.Value.LinkLifetime);
        return $"{options.Value.PublicBaseUrl.TrimEnd('/')}/meetings/{meetingId.ToString(CultureInfo.InvariantCulture)}/{file}?t={Uri.EscapeDataString(token)}";
    }

    private static string Payload(int meetingId, string what) => $"{what}|{meetingId.ToString(CultureInfo.InvariantCulture)}";
}
