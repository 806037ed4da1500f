using System;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Threading;
using Microsoft.CodeAnalysis;
using SocialAutomation.Analyzers.Tests.Infrastructure;

namespace SocialAutomation.Analyzers.Tests.Reliability
{
    /// <summary>
    /// Every library the rule tests compile against (packages and stubs), in one reference list. The two DSharpPlus stubs define the
    /// same assembly, so there is one list per DSharpPlus version and each source uses one of them.
    /// </summary>
    internal static class LibrarySets
    {
        private static readonly string[] ExclusiveStubs = { "DSharpPlus4", "DSharpPlus5" };

        private static readonly Lazy<ImmutableArray<ImmutableArray<MetadataReference>>> LazySets = new Lazy<ImmutableArray<ImmutableArray<MetadataReference>>>(Build);

        /// <summary>At least one list; one per exclusive stub that exists.</summary>
        public static ImmutableArray<ImmutableArray<MetadataReference>> All => LazySets.Value;

        private static ImmutableArray<ImmutableArray<MetadataReference>> Build()
        {
            var framework = Libraries.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None).GetAwaiter().GetResult();
            // Every package the tests reference (Libraries.TelegramBot, .SendGrid, ...), found by reflection so a new one is included.
            var packages = typeof(Libraries).GetProperties(BindingFlags.Public | BindingFlags.Static)
                .Where(p => p.PropertyType == typeof(MetadataReference))
                .OrderBy(p => p.Name, StringComparer.Ordinal)
                .Select(p => (MetadataReference)p.GetValue(null)!);
            var stubNames = Libraries.StubNames().ToArray();
            var shared = framework.AddRange(packages).AddRange(stubNames.Where(n => !ExclusiveStubs.Contains(n)).Select(Libraries.Stub));
            var exclusive = stubNames.Where(n => ExclusiveStubs.Contains(n)).ToArray();
            return exclusive.Length == 0
                ? ImmutableArray.Create(shared)
                : exclusive.Select(n => shared.Add(Libraries.Stub(n))).ToImmutableArray();
        }
    }
}
