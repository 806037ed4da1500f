using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SocialAutomation.Analyzers.Catalog;

namespace SocialAutomation.Analyzers.Flow
{
    /// <summary>How an interval known at compile time is written where it is used; decides which fix applies.</summary>
    internal enum IntervalForm
    {
        /// <summary>A string literal holding a cron expression.</summary>
        CronLiteral,

        /// <summary>A call or method group of a catalog helper standing for an interval (Hangfire <c>Cron.Minutely()</c>).</summary>
        Helper,

        /// <summary><c>TimeSpan.FromMinutes(1)</c> or <c>new TimeSpan(0, 1, 0)</c> with literal arguments.</summary>
        TimeSpanLiteral,

        /// <summary>A literal number of milliseconds.</summary>
        MillisecondsLiteral,

        /// <summary>The schedule call itself names the interval (Coravel <c>EveryMinute()</c>, Quartz 3 <c>WithIntervalInSeconds(10)</c>).</summary>
        NamedCall,

        /// <summary>Known at compile time but not written at the call (a constant, a local): reported without a fix.</summary>
        Other,
    }

    /// <summary>An interval read from a schedule, and the operation that states it.</summary>
    internal sealed class IntervalReading
    {
        public IntervalReading(TimeSpan interval, IOperation origin, IntervalForm form, CronSchedule? cron = null, IMethodSymbol? member = null)
        {
            Interval = interval;
            Origin = origin;
            Form = form;
            Cron = cron;
            Member = member;
        }

        public TimeSpan Interval { get; }

        /// <summary>Where the interval is written: the argument's value, or the call for <see cref="IntervalForm.NamedCall"/>.</summary>
        public IOperation Origin { get; }

        public IntervalForm Form { get; }

        public CronSchedule? Cron { get; }

        /// <summary>The helper or named-interval member, for <see cref="IntervalForm.Helper"/> and <see cref="IntervalForm.NamedCall"/>.</summary>
        public IMethodSymbol? Member { get; }

        /// <summary>For an interval counted in units (<c>EverySeconds(30)</c>): the count's argument value.</summary>
        public IOperation? Count { get; private set; }

        /// <summary>The unit <see cref="Count"/> counts.</summary>
        public TimeSpan Unit { get; private set; }

        public IntervalReading WithOrigin(IOperation origin, IntervalForm form) => new IntervalReading(Interval, origin, form, Cron, Member);

        public IntervalReading WithCount(IOperation count, TimeSpan unit)
        {
            Count = count;
            Unit = unit;
            return this;
        }
    }

    /// <summary>
    /// Reads the interval of a <c>schedule</c> or <c>pace</c> member from its catalog entries' <c>interval=</c> option:
    /// a cron string, a TimeSpan or milliseconds in the named argument, a counted unit, or a fixed interval.
    /// Only values known at compile time count; an interval read from configuration yields nothing.
    /// </summary>
    internal sealed class ScheduleInterval
    {
        private const int MaxHops = 3;

        private readonly SocialApiIndex _index;
        private readonly INamedTypeSymbol? _timeSpan;

        public ScheduleInterval(SocialApiIndex index, Compilation compilation)
        {
            _index = index;
            _timeSpan = compilation.GetTypeByMetadataName("System.TimeSpan");
        }

        public static bool HasInterval(SymbolRoles roles)
        {
            foreach (var entry in roles.Entries)
            {
                if (entry.Interval != null)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The interval of a call or constructor whose member has <c>interval=</c> entries.</summary>
        public IntervalReading? ReadCall(IOperation call, IMethodSymbol method, ImmutableArray<IArgumentOperation> arguments, SymbolRoles roles)
            => ReadCall(call, method, arguments, roles, call, IntervalForm.NamedCall, MaxHops);

        /// <summary>The interval a value stands for: a cron string, a TimeSpan, milliseconds, or a helper's result.</summary>
        public IntervalReading? ReadValue(IOperation value) => ReadValue(value, MaxHops);

        private IntervalReading? ReadCall(IOperation call, IMethodSymbol method, ImmutableArray<IArgumentOperation> arguments, SymbolRoles roles,
            IOperation origin, IntervalForm namedForm, int hops)
        {
            // An entry whose parameter this overload has wins; a fixed interval applies otherwise
            // (Quartz 3 RepeatMinutelyForever() is one minute, RepeatMinutelyForever(5) five).
            IntervalSpec? fixedSpec = null;
            foreach (var entry in roles.Entries)
            {
                var spec = entry.Interval;
                if (spec == null)
                {
                    continue;
                }

                if (spec.Kind == IntervalSpecKind.Fixed)
                {
                    fixedSpec ??= spec;
                    continue;
                }

                var argument = FindArgument(arguments, spec.Parameter!);
                if (argument == null)
                {
                    continue;
                }

                if (spec.Kind == IntervalSpecKind.Argument)
                {
                    var read = ReadValue(argument.Value, hops - 1);
                    return read == null || namedForm == IntervalForm.NamedCall ? read : read.WithOrigin(origin, IntervalForm.Other);
                }

                return TryGetNumber(argument.Value, out var count)
                    ? new IntervalReading(Multiply(spec.Duration, count), origin, namedForm, member: method).WithCount(argument.Value, spec.Duration)
                    : null;
            }

            return fixedSpec == null ? null : new IntervalReading(fixedSpec.Duration, origin, namedForm, member: method);
        }

        private IntervalReading? ReadValue(IOperation value, int hops)
        {
            if (hops < 0)
            {
                return null;
            }

            var inner = Unwrap(value);
            switch (inner)
            {
                case IInvocationOperation helperCall when IsHelper(helperCall.TargetMethod, out var helperRoles):
                    return ReadCall(helperCall, helperCall.TargetMethod, helperCall.Arguments, helperRoles, value, IntervalForm.Helper, hops);
                case IMethodReferenceOperation helperGroup when IsHelper(helperGroup.Method, out var groupRoles):
                    return ReadCall(helperGroup, helperGroup.Method, ImmutableArray<IArgumentOperation>.Empty, groupRoles, value, IntervalForm.Helper, hops);
                case ILocalReferenceOperation local:
                    var assigned = SingleAssignedValue(local);
                    return assigned == null ? null : ReadValue(assigned, hops - 1)?.WithOrigin(value, IntervalForm.Other);
            }

            if (_timeSpan != null && SymbolEqualityComparer.Default.Equals(inner.Type, _timeSpan))
            {
                return TryFoldTimeSpan(inner, hops, out var timeSpan, out var literal)
                    ? new IntervalReading(timeSpan, value, literal ? IntervalForm.TimeSpanLiteral : IntervalForm.Other)
                    : null;
            }

            var constant = inner.ConstantValue;
            if (!constant.HasValue || constant.Value == null)
            {
                return null;
            }

            if (constant.Value is string text)
            {
                var cron = CronSchedule.TryParse(text);
                return cron?.ShortestGap == null
                    ? null
                    : new IntervalReading(cron.ShortestGap.Value, value, inner is ILiteralOperation ? IntervalForm.CronLiteral : IntervalForm.Other, cron);
            }

            return TryGetNumber(inner, out var milliseconds)
                ? new IntervalReading(Multiply(TimeSpan.FromMilliseconds(1), milliseconds), value,
                    inner is ILiteralOperation ? IntervalForm.MillisecondsLiteral : IntervalForm.Other)
                : null;
        }

        private bool IsHelper(IMethodSymbol method, out SymbolRoles roles)
        {
            roles = _index.Find(method);
            return (roles.Unconditional & (SocialRole.Schedule | SocialRole.Pace)) != 0 && HasInterval(roles);
        }

        /// <summary>Folds <c>TimeSpan.From*(constant)</c>, <c>new TimeSpan(constants)</c>, <c>TimeSpan.Zero</c> and single-assignment locals.</summary>
        private bool TryFoldTimeSpan(IOperation operation, int hops, out TimeSpan value, out bool literal)
        {
            value = TimeSpan.Zero;
            literal = false;
            switch (operation)
            {
                case IInvocationOperation { TargetMethod: { IsStatic: true } method } invocation
                    when SymbolEqualityComparer.Default.Equals(method.ContainingType, _timeSpan):
                    var unit = UnitOfFactory(method.Name);
                    return unit != TimeSpan.Zero && TrySumParts(invocation.Arguments, unit, out value, out literal);
                case IObjectCreationOperation creation:
                    return TrySumParts(creation.Arguments, TimeSpan.Zero, out value, out literal);
                case IDefaultValueOperation:
                    literal = false;
                    return true;
                case IFieldReferenceOperation { Field: { IsStatic: true, Name: "Zero" } field }
                    when SymbolEqualityComparer.Default.Equals(field.ContainingType, _timeSpan):
                    return true;
                case ILocalReferenceOperation local when hops > 0:
                    var assigned = SingleAssignedValue(local);
                    return assigned != null && TryFoldTimeSpan(Unwrap(assigned), hops - 1, out value, out _);
                default:
                    return false;
            }
        }

        private static TimeSpan UnitOfFactory(string name)
        {
            switch (name)
            {
                case "FromDays": return TimeSpan.FromDays(1);
                case "FromHours": return TimeSpan.FromHours(1);
                case "FromMinutes": return TimeSpan.FromMinutes(1);
                case "FromSeconds": return TimeSpan.FromSeconds(1);
                case "FromMilliseconds": return TimeSpan.FromMilliseconds(1);
                case "FromMicroseconds": return TimeSpan.FromTicks(10);
                case "FromTicks": return TimeSpan.FromTicks(1);
                default: return TimeSpan.Zero;
            }
        }

        /// <summary>Adds up arguments named after their unit (<c>minutes</c>, <c>seconds</c>, ...); <c>value</c> takes the factory's unit.</summary>
        private static bool TrySumParts(ImmutableArray<IArgumentOperation> arguments, TimeSpan factoryUnit, out TimeSpan total, out bool literal)
        {
            total = TimeSpan.Zero;
            literal = true;
            foreach (var argument in arguments)
            {
                var unit = argument.Parameter?.Name switch
                {
                    "value" => factoryUnit,
                    "days" => TimeSpan.FromDays(1),
                    "hours" => TimeSpan.FromHours(1),
                    "minutes" => TimeSpan.FromMinutes(1),
                    "seconds" => TimeSpan.FromSeconds(1),
                    "milliseconds" => TimeSpan.FromMilliseconds(1),
                    "microseconds" => TimeSpan.FromTicks(10),
                    "ticks" => TimeSpan.FromTicks(1),
                    _ => TimeSpan.Zero,
                };
                if (unit == TimeSpan.Zero || !TryGetNumber(argument.Value, out var count))
                {
                    return false;
                }

                literal &= argument.IsImplicit || Unwrap(argument.Value) is ILiteralOperation;
                total = Add(total, Multiply(unit, count));
            }

            return true;
        }

        private static IArgumentOperation? FindArgument(ImmutableArray<IArgumentOperation> arguments, string parameter)
        {
            foreach (var argument in arguments)
            {
                if (argument.Parameter?.Name == parameter)
                {
                    // An omitted optional argument is the library's default, not the user's schedule.
                    return argument.IsImplicit ? null : argument;
                }
            }

            return null;
        }

        private static IOperation? SingleAssignedValue(ILocalReferenceOperation local)
        {
            IOperation? single = null;
            foreach (var assigned in ValueOrigins.AssignedValues(local.Local, OperationScope.Root(local)))
            {
                if (single != null)
                {
                    return null;
                }

                single = assigned;
            }

            return single;
        }

        /// <summary>Strips conversions and delegate creations: <c>Cron.Minutely</c> as a <c>Func&lt;string&gt;</c> is the method group.</summary>
        internal static IOperation Unwrap(IOperation operation)
        {
            while (true)
            {
                switch (operation)
                {
                    case IConversionOperation conversion:
                        operation = conversion.Operand;
                        break;
                    case IDelegateCreationOperation delegateCreation:
                        operation = delegateCreation.Target;
                        break;
                    default:
                        return operation;
                }
            }
        }

        private static bool TryGetNumber(IOperation operation, out double number)
        {
            number = 0;
            var constant = operation.ConstantValue;
            if (!constant.HasValue)
            {
                return false;
            }

            switch (constant.Value)
            {
                case int i: number = i; return true;
                case long l: number = l; return true;
                case uint u: number = u; return true;
                case ulong ul: number = ul; return true;
                case short s: number = s; return true;
                case ushort us: number = us; return true;
                case byte b: number = b; return true;
                case sbyte sb: number = sb; return true;
                case double d when !double.IsNaN(d) && !double.IsInfinity(d): number = d; return true;
                case float f when !float.IsNaN(f) && !float.IsInfinity(f): number = f; return true;
                case decimal m: number = (double)m; return true;
                default: return false;
            }
        }

        private static TimeSpan Multiply(TimeSpan unit, double count)
        {
            var ticks = unit.Ticks * count;
            return ticks >= TimeSpan.MaxValue.Ticks ? TimeSpan.MaxValue : ticks <= TimeSpan.MinValue.Ticks ? TimeSpan.MinValue : TimeSpan.FromTicks((long)ticks);
        }

        private static TimeSpan Add(TimeSpan a, TimeSpan b)
        {
            var ticks = (double)a.Ticks + b.Ticks;
            return ticks >= TimeSpan.MaxValue.Ticks ? TimeSpan.MaxValue : ticks <= TimeSpan.MinValue.Ticks ? TimeSpan.MinValue : TimeSpan.FromTicks((long)ticks);
        }
    }
}
