using ClustER.Bot.Storage;
using ClustER.Bot.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ClustER.Bot.MemberDirectory.Staff;

/// <summary>The configured list first (no database round trip), then the directory's Staff role.</summary>
internal sealed class StaffDirectory(BotDbContext db, IOptionsMonitor<StaffOptions> options) : IStaffDirectory
{
    public async Task<bool> IsStaffAsync(string? aadObjectId, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(aadObjectId))
        {
            return false;
        }

        if (options.CurrentValue.Lists(aadObjectId))
        {
            return true;
        }

        string id = aadObjectId.Trim();
        return await db.People.AnyAsync(
            p => p.AadObjectId == id && (p.Roles & PersonRoles.Staff) == PersonRoles.Staff,
            cancellationToken);
    }
}
