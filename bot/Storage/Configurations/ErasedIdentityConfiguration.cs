using ClustER.Bot.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClustER.Bot.Storage.Configurations;

/// <summary>One row per erased identifier hash.</summary>
internal sealed class ErasedIdentityConfiguration : IEntityTypeConfiguration<ErasedIdentity>
{
    /// <summary>The length of a hex SHA-256.</summary>
    private const int HashLength = 64;

    public void Configure(EntityTypeBuilder<ErasedIdentity> builder)
    {
        builder.Property(e => e.IdentifierHash).HasMaxLength(HashLength).IsUnicode(false);
        builder.HasIndex(e => e.IdentifierHash).IsUnique();
    }
}
