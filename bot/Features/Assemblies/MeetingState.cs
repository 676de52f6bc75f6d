using ClustER.Bot.Storage.Entities;

namespace ClustER.Bot.Features.Assemblies;

/// <summary>
/// Where the answers to a convocation stand: counts by answer, proxies, who has not answered, and whether
/// the first-call quorum is expected. Pure: computed from the participants and their answers.
/// </summary>
internal sealed record MeetingState(
    int Participants,
    int InPerson,
    int Online,
    int NotAttending,
    IReadOnlyList<(string From, string To)> Proxies,
    IReadOnlyList<string> NotAnswered,
    int PresentOrRepresented,
    int QuorumNeeded)
{
    /// <summary>True when present and represented members are expected to make the first-call quorum.</summary>
    public bool QuorumExpected => PresentOrRepresented >= QuorumNeeded;

    /// <summary>Computes the state; a proxy counts only when its holder's organisation attends.</summary>
    public static MeetingState Compute(IReadOnlyList<Participant> participants, IReadOnlyList<MeetingResponse> responses,
        IReadOnlyDictionary<int, string> organisationNames, double quorumShare)
    {
        ArgumentNullException.ThrowIfNull(participants);
        ArgumentNullException.ThrowIfNull(responses);
        Dictionary<int, MeetingResponse> byPerson = responses.ToDictionary(r => r.PersonId);
        List<MeetingResponse> answered = [.. participants.Where(p => byPerson.ContainsKey(p.PersonId)).Select(p => byPerson[p.PersonId])];
        HashSet<int> attendingOrganisations = [.. answered
            .Where(r => r.Answer is MeetingAnswer.InPerson or MeetingAnswer.Online && r.OrganisationId is not null)
            .Select(r => r.OrganisationId!.Value)];
        int present = answered.Count(r => r.Answer is MeetingAnswer.InPerson or MeetingAnswer.Online);
        List<MeetingResponse> proxies = [.. answered.Where(r => r.Answer == MeetingAnswer.Proxy)];
        int represented = proxies.Count(r => r.ProxyOrganisationId is { } holder && attendingOrganisations.Contains(holder));
        string Name(int? id) => id is { } i && organisationNames.TryGetValue(i, out string? n) ? n : "?";
        // "More than half": the smallest whole number strictly above the share.
        int needed = (int)Math.Floor(participants.Count * quorumShare) + 1;
        return new MeetingState(
            participants.Count,
            answered.Count(r => r.Answer == MeetingAnswer.InPerson),
            answered.Count(r => r.Answer == MeetingAnswer.Online),
            answered.Count(r => r.Answer == MeetingAnswer.NotAttending),
            [.. proxies.Select(r => (Name(r.OrganisationId), Name(r.ProxyOrganisationId)))],
            [.. participants.Where(p => !byPerson.ContainsKey(p.PersonId)).Select(p => p.DisplayName)],
            present + represented,
            needed);
    }
}

/// <summary>Someone convened: a representative (with their organisation) or a board member.</summary>
internal sealed record Participant(int PersonId, string Name, int? OrganisationId, string? OrganisationName)
{
    /// <summary>"Anna Bianchi (Ospedale X)".</summary>
    public string DisplayName => OrganisationName is null ? Name : $"{Name} ({OrganisationName})";
}
