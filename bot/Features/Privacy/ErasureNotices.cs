using ClustER.Bot.Features.Conversation;
using ClustER.Bot.Features.Reminders;
using ClustER.Bot.Localization;
using ClustER.Bot.MemberDirectory.Staff;
using ClustER.Bot.Storage;
using ClustER.Bot.Storage.Entities;
using ClustER.Jobs.Delivery;
using ClustER.Jobs.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ClustER.Bot.Features.Privacy;

/// <summary>The staff who hear of an erasure (Staff role or configured Entra ids) and their notice, in their language.</summary>
internal sealed class ErasureNotices(BotDbContext db, IOptionsMonitor<StaffOptions> staff) : IErasureNotices
{
    public async Task<IReadOnlyList<int>> StaffAsync(CancellationToken cancellationToken)
    {
        IList<string> configured = staff.CurrentValue.AadObjectIds;
        return await db.People
            .Where(p => p.ErasedAt == null
                && ((p.Roles & PersonRoles.Staff) == PersonRoles.Staff || (p.AadObjectId != null && configured.Contains(p.AadObjectId))))
            .OrderBy(p => p.Id).Select(p => p.Id).ToListAsync(cancellationToken);
    }

    public async Task<OutboundMessage?> ComposeAsync(ErasureNotice notice, int staffPersonId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notice);
        Person? reader = await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == staffPersonId, cancellationToken);
        if (reader is null)
        {
            return null;
        }

        string lang = Languages.FromLocale(reader.PreferredLanguage) ?? Languages.Default;
        var t = PrivacyTexts.Texts;
        string by = notice.RequestedByStaffId is { } staffId
            ? t.Get("Notice.ByStaff", lang, await db.People.Where(p => p.Id == staffId).Select(p => p.Name).FirstOrDefaultAsync(cancellationToken) ?? "?")
            : t.Get("Notice.BySelf", lang);
        string organisation = notice.Organisation switch
        {
            null => t.Get("Notice.NoOrganisation", lang),
            NotifyErasureJob.UnknownOrganisation => t.Get("Notice.UnknownOrganisation", lang),
            string name => name,
        };
        string text = t.Get("Notice.Text", lang, notice.Reference, ReminderTime.When(notice.ErasedAt, reader.TimeZone ?? MemberContext.DefaultTimeZone, lang), organisation, by);
        return new OutboundMessage(text, null, Languages.Locale(lang));
    }
}
