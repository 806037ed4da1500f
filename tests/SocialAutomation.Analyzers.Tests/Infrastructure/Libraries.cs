using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;

namespace SocialAutomation.Analyzers.Tests.Infrastructure
{
    /// <summary>
    /// The libraries a test compiles against: real packages from the feed, referenced by this test project, and
    /// stubs for libraries the feed lacks, compiled once from Stubs/*.cs into in-memory assemblies that carry the
    /// real assembly names, namespaces and signatures.
    /// </summary>
    public static class Libraries
    {
        public static readonly ReferenceAssemblies Net80 = ReferenceAssemblies.Net.Net80;

        private static readonly ConcurrentDictionary<string, MetadataReference> StubCache = new ConcurrentDictionary<string, MetadataReference>();

        public static MetadataReference TelegramBot => FromType("Telegram.Bot.TelegramBotClient, Telegram.Bot");

        public static MetadataReference SendGrid => FromType("SendGrid.SendGridClient, SendGrid");

        public static MetadataReference MimeKit => FromType("MimeKit.MimeMessage, MimeKit");

        public static MetadataReference MailKit => FromType("MailKit.Net.Smtp.SmtpClient, MailKit");

        public static MetadataReference Twilio => FromType("Twilio.TwilioClient, Twilio");

        public static MetadataReference HangfireCore => FromType("Hangfire.RecurringJob, Hangfire.Core");

        public static MetadataReference Quartz => FromType("Quartz.TriggerBuilder, Quartz");

        public static MetadataReference Coravel => FromType("Coravel.Scheduling.Schedule.Interfaces.IScheduler, Coravel");

        public static MetadataReference HostingAbstractions => FromType("Microsoft.Extensions.Hosting.BackgroundService, Microsoft.Extensions.Hosting.Abstractions");

        public static MetadataReference RateLimiting => FromType("System.Threading.RateLimiting.RateLimiter, System.Threading.RateLimiting");

        /// <summary>A stub library by its file name in Stubs/ (for example "DiscordNet").</summary>
        public static MetadataReference Stub(string name) => StubCache.GetOrAdd(name, CompileStub);

        public static MetadataReference FromType(string assemblyQualifiedName)
        {
            var type = Type.GetType(assemblyQualifiedName, throwOnError: true)!;
            return MetadataReference.CreateFromFile(ForNet80(type.Assembly.Location));
        }

        /// <summary>Frameworks whose package assets compile against the net8.0 reference assemblies the tests use.</summary>
        private static readonly string[] Net80CompatibleFrameworks = { "net8.0", "net7.0", "net6.0", "netstandard2.1", "netstandard2.0" };

        /// <summary>
        /// This project runs on a newer .NET, so a package with a net10.0 build (MimeKit, MailKit) loads that one, which
        /// needs System.Runtime 10; the compilations under test reference net8.0, so take the package's net8.0-compatible
        /// build from its package folder, recorded by the project file as assembly metadata "PackageRoot:Name".
        /// </summary>
        private static string ForNet80(string location)
        {
            var name = Path.GetFileNameWithoutExtension(location);
            var packageRoot = typeof(Libraries).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .FirstOrDefault(a => a.Key == "PackageRoot:" + name)?.Value;
            if (string.IsNullOrEmpty(packageRoot))
            {
                return location;
            }

            foreach (var framework in Net80CompatibleFrameworks)
            {
                var candidate = Path.Combine(packageRoot, "lib", framework, Path.GetFileName(location));
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }

            return location;
        }

        public static string StubSource(string name)
        {
            using var stream = typeof(Libraries).Assembly.GetManifestResourceStream("Stubs." + name + ".cs")
                ?? throw new ArgumentException($"No stub named '{name}' in Stubs/.");
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }

        public static IEnumerable<string> StubNames()
            => typeof(Libraries).Assembly.GetManifestResourceNames()
                .Where(n => n.StartsWith("Stubs.", StringComparison.Ordinal))
                .Select(n => n.Substring("Stubs.".Length, n.Length - "Stubs.".Length - ".cs".Length))
                .OrderBy(n => n, StringComparer.Ordinal);

        private static MetadataReference CompileStub(string name)
        {
            var source = StubSource(name);
            var firstLine = source.Split('\n')[0];
            const string marker = "// assembly:";
            var assemblyName = firstLine.StartsWith(marker, StringComparison.Ordinal) ? firstLine.Substring(marker.Length).Trim() : name;
            return CompileToMetadata(assemblyName, source, TrustedPlatformReferences.Value);
        }

        /// <summary>A library as a build sees it: an assembly image, not source. Throws with the first errors when it does not compile.</summary>
        public static MetadataReference CompileToMetadata(string assemblyName, string source, IEnumerable<MetadataReference> references)
        {
            var compilation = CSharpCompilation.Create(
                assemblyName,
                new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest)) },
                references,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
            using var stream = new MemoryStream();
            var result = compilation.Emit(stream);
            if (!result.Success)
            {
                var errors = string.Join(Environment.NewLine, result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(10));
                throw new InvalidOperationException($"'{assemblyName}' does not compile:{Environment.NewLine}{errors}");
            }

            return MetadataReference.CreateFromImage(stream.ToArray());
        }

        // Stubs compile against the same reference assemblies as the tests, so their type references unify.
        private static readonly Lazy<ImmutableArray<MetadataReference>> TrustedPlatformReferences = new Lazy<ImmutableArray<MetadataReference>>(
            () => Net80.ResolveAsync(LanguageNames.CSharp, System.Threading.CancellationToken.None).GetAwaiter().GetResult());
    }
}
