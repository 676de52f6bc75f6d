using ClustER.Bot.Connector;
using ClustER.Bot.Features.Conversation;
using ClustER.Bot.Features.Questions.Model;
using ClustER.Bot.Localization;
using ClustER.Bot.MemberDirectory.Staff;
using ClustER.Bot.Protocol;
using ClustER.Bot.Storage;
using ClustER.Bot.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ClustER.Bot.Features.Questions.Staff;

/// <summary>
/// Questions the bot could not answer, handed to the staff. A notice goes to the staff conversation(s)
/// (conversations marked <see cref="StoredConversation.IsStaffConversation"/>); when there is none, to each
/// staff member's 1:1 chat with the bot. A staff answer goes proactively to the member's conversation.
/// </summary>
internal sealed class StaffDesk(
    BotDbContext db,
    IConnectorClient connector,
    ServiceUrlRegistry serviceUrls,
    IOptionsMonitor<StaffOptions> staff,
    TimeProvider time,
    ILogger<StaffDesk> logger)
{
    /// <summary>Records <paramref name="text"/> as a question for the staff and notifies them; returns it and how many notices went out.</summary>
    public async Task<(StaffQuestion Question, int Notified, bool Existing)> AskAsync(MemberContext member, string conversationId, string text, string lang, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(member);
        StaffQuestion? open = await db.StaffQuestions.FirstOrDefaultAsync(
            q => q.PersonId == member.PersonId && q.Text == text && q.AnsweredAt == null, ct);
        if (open is not null)
        {
            return (open, 0, true);
        }

        var question = new StaffQuestion
        {
            PersonId = member.PersonId, ConversationId = conversationId, Text = text, Language = lang, AskedAt = time.GetUtcNow(),
        };
        db.StaffQuestions.Add(question);
        await db.SaveChangesAsync(ct);
        Log.StaffQuestionRecorded(logger, question.Id, member.PersonId);

        int notified = 0;
        foreach (StoredConversation target in await StaffTargetsAsync(ct))
        {
            // Staff read the notice in their own preferred language when known; Italian is the staff's default.
            string staffLang = target.PersonId is { } staffId && await db.People.FindAsync([staffId], ct) is { PreferredLanguage: { } preferred }
                ? Languages.FromLocale(preferred) ?? Languages.Default
                : Languages.Default;
            string notice = QaTexts.Texts.Get("Staff.Notice", staffLang, question.Id, member.Name, text);
            if (await TrySendAsync(target, notice, staffLang, question.Id, ct))
            {
                notified++;
            }
        }

        return (question, notified, false);
    }

    /// <summary>Records the staff's answer and sends it to the member; returns the question (null if unknown) and whether it was delivered.</summary>
    public async Task<(StaffQuestion? Question, bool WasAnswered, bool Delivered, string MemberName)> AnswerAsync(int questionId, string answer, int staffPersonId, CancellationToken ct)
    {
        StaffQuestion? question = await db.StaffQuestions.FirstOrDefaultAsync(q => q.Id == questionId, ct);
        if (question is null)
        {
            return (null, false, false, string.Empty);
        }

        bool wasAnswered = question.AnsweredAt is not null;
        question.Answer = answer;
        question.AnsweredAt = time.GetUtcNow();
        question.AnsweredByPersonId = staffPersonId;
        await db.SaveChangesAsync(ct);

        string memberName = (await db.People.FindAsync([question.PersonId], ct))?.Name ?? $"#{question.PersonId}";
        StoredConversation? conversation = await db.Conversations.FirstOrDefaultAsync(c => c.ConversationId == question.ConversationId, ct);
        string text = QaTexts.Texts.Get("Staff.AnswerToMember", question.Language, question.Text, answer);
        bool delivered = conversation is { IsInstalled: true } && await TrySendAsync(conversation, text, question.Language, question.Id, ct);
        return (question, wasAnswered, delivered, memberName);
    }

    /// <summary>The unanswered questions, oldest first, with the asker's name.</summary>
    public async Task<List<(StaffQuestion Question, string Name)>> OpenAsync(CancellationToken ct)
    {
        List<StaffQuestion> open = await db.StaffQuestions.Where(q => q.AnsweredAt == null).OrderBy(q => q.Id).Take(50).ToListAsync(ct);
        List<int> ids = [.. open.Select(q => q.PersonId).Distinct()];
        Dictionary<int, string> names = await db.People.Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        return [.. open.Select(q => (q, names.GetValueOrDefault(q.PersonId, $"#{q.PersonId}")))];
    }

    private async Task<List<StoredConversation>> StaffTargetsAsync(CancellationToken ct)
    {
        List<StoredConversation> staffChannels = await db.Conversations.Where(c => c.IsStaffConversation && c.IsInstalled).ToListAsync(ct);
        if (staffChannels.Count > 0)
        {
            return staffChannels;
        }

        IList<string> aad = staff.CurrentValue.AadObjectIds;
        List<int> staffIds = await db.People
            .Where(p => (p.Roles & PersonRoles.Staff) == PersonRoles.Staff || (p.AadObjectId != null && aad.Contains(p.AadObjectId)))
            .Select(p => p.Id).ToListAsync(ct);
        return await db.Conversations
            .Where(c => c.IsInstalled && c.PersonId != null && staffIds.Contains(c.PersonId.Value) && (c.ConversationType == null || c.ConversationType == "personal"))
            .ToListAsync(ct);
    }

    private async Task<bool> TrySendAsync(StoredConversation target, string text, string lang, int questionId, CancellationToken ct)
    {
        Activity message = ActivityFactory.Text(text, Languages.Locale(lang));
        message.ChannelId = target.ChannelId;
        message.ServiceUrl = target.ServiceUrl;
        message.Conversation = new ConversationAccount { Id = target.ConversationId, TenantId = target.TenantId };
        message.From = target.BotId is null ? null : new ChannelAccount { Id = target.BotId };
        try
        {
            // The reference was stored from an authenticated activity: its serviceUrl is one the channel gave us.
            serviceUrls.Trust(target.ServiceUrl);
            await connector.SendToConversationAsync(target.ServiceUrl, target.ConversationId, message, ct);
            return true;
        }
        catch (Exception ex) when (ex is ConnectorException or HttpRequestException or TaskCanceledException)
        {
            Log.StaffDeliveryFailed(logger, ex, questionId);
            return false;
        }
    }
}
