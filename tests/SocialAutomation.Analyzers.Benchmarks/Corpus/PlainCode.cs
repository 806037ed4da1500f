using System.Globalization;

namespace SocialAutomation.Analyzers.Benchmarks.Corpus
{
    /// <summary>
    /// Ordinary application code that references no social library: records, services with LINQ, loops, async work,
    /// pattern matching, string building, exceptions and generic helpers. Both corpora are mostly made of it, as real
    /// bots are; the plain corpus is nothing else.
    /// </summary>
    internal static class PlainCode
    {
        /// <summary>One file of about 190 lines; <paramref name="n"/> makes its type names unique.</summary>
        public static string File(int n)
        {
            var id = n.ToString(CultureInfo.InvariantCulture);
            return $$"""
                using System;
                using System.Collections.Generic;
                using System.Globalization;
                using System.Linq;
                using System.Text;
                using System.Threading;
                using System.Threading.Tasks;

                namespace App.Domain{{id}}
                {
                {{Types(id)}}
                }

                """;
        }

        /// <summary>The types of <see cref="File"/>, without usings or namespace (about 175 lines).</summary>
        public static string Types(string id) => $$"""
                    public enum OrderState{{id}} { Draft, Placed, Paid, Shipped, Cancelled }

                    public sealed record OrderLine{{id}}(string Sku, int Quantity, decimal UnitPrice)
                    {
                        public decimal Total => Quantity * UnitPrice;
                    }

                    public sealed record Order{{id}}(int Id, string Customer, OrderState{{id}} State, IReadOnlyList<OrderLine{{id}}> Lines, DateTime PlacedAt)
                    {
                        public decimal Total => Lines.Sum(l => l.Total);
                    }

                    public interface IOrderStore{{id}}
                    {
                        Task<Order{{id}}?> FindAsync(int id, CancellationToken cancellationToken);
                        Task SaveAsync(Order{{id}} order, CancellationToken cancellationToken);
                        IEnumerable<Order{{id}}> All();
                    }

                    public sealed class InMemoryOrderStore{{id}} : IOrderStore{{id}}
                    {
                        private readonly Dictionary<int, Order{{id}}> _orders = new Dictionary<int, Order{{id}}>();
                        private readonly object _gate = new object();

                        public Task<Order{{id}}?> FindAsync(int id, CancellationToken cancellationToken)
                        {
                            cancellationToken.ThrowIfCancellationRequested();
                            lock (_gate)
                            {
                                return Task.FromResult(_orders.TryGetValue(id, out var order) ? order : null);
                            }
                        }

                        public Task SaveAsync(Order{{id}} order, CancellationToken cancellationToken)
                        {
                            lock (_gate)
                            {
                                _orders[order.Id] = order;
                            }

                            return Task.CompletedTask;
                        }

                        public IEnumerable<Order{{id}}> All()
                        {
                            lock (_gate)
                            {
                                return _orders.Values.ToList();
                            }
                        }
                    }

                    public sealed class OrderService{{id}}
                    {
                        private readonly IOrderStore{{id}} _store;
                        private readonly TimeProvider _clock;

                        public OrderService{{id}}(IOrderStore{{id}} store, TimeProvider clock)
                        {
                            _store = store ?? throw new ArgumentNullException(nameof(store));
                            _clock = clock;
                        }

                        public async Task<Order{{id}}> PlaceAsync(int id, string customer, IEnumerable<OrderLine{{id}}> lines, CancellationToken cancellationToken)
                        {
                            var valid = lines.Where(l => l.Quantity > 0 && l.UnitPrice >= 0).ToList();
                            if (valid.Count == 0)
                            {
                                throw new InvalidOperationException($"Order {id} has no valid line.");
                            }

                            var order = new Order{{id}}(id, customer.Trim(), OrderState{{id}}.Placed, valid, _clock.GetUtcNow().UtcDateTime);
                            await _store.SaveAsync(order, cancellationToken).ConfigureAwait(false);
                            return order;
                        }

                        public async Task<bool> AdvanceAsync(int id, CancellationToken cancellationToken)
                        {
                            var order = await _store.FindAsync(id, cancellationToken).ConfigureAwait(false);
                            if (order is null)
                            {
                                return false;
                            }

                            var next = order.State switch
                            {
                                OrderState{{id}}.Draft => OrderState{{id}}.Placed,
                                OrderState{{id}}.Placed => OrderState{{id}}.Paid,
                                OrderState{{id}}.Paid => OrderState{{id}}.Shipped,
                                _ => order.State,
                            };
                            if (next == order.State)
                            {
                                return false;
                            }

                            await _store.SaveAsync(order with { State = next }, cancellationToken).ConfigureAwait(false);
                            return true;
                        }

                        public IReadOnlyDictionary<string, decimal> RevenueByCustomer(DateTime since)
                            => _store.All()
                                .Where(o => o.PlacedAt >= since && o.State != OrderState{{id}}.Cancelled)
                                .GroupBy(o => o.Customer, StringComparer.OrdinalIgnoreCase)
                                .ToDictionary(g => g.Key, g => g.Sum(o => o.Total), StringComparer.OrdinalIgnoreCase);

                        public string Report(IEnumerable<Order{{id}}> orders)
                        {
                            var builder = new StringBuilder();
                            var count = 0;
                            foreach (var order in orders.OrderBy(o => o.PlacedAt))
                            {
                                count++;
                                builder.Append(order.Id.ToString(CultureInfo.InvariantCulture))
                                    .Append(';').Append(order.Customer)
                                    .Append(';').Append(order.Total.ToString("F2", CultureInfo.InvariantCulture))
                                    .AppendLine();
                            }

                            return count == 0 ? "no orders" : builder.ToString();
                        }
                    }

                    public static class Text{{id}}
                    {
                        public static string Slug(string value)
                        {
                            var builder = new StringBuilder(value.Length);
                            foreach (var c in value.ToLowerInvariant())
                            {
                                if (char.IsLetterOrDigit(c))
                                {
                                    builder.Append(c);
                                }
                                else if (builder.Length > 0 && builder[builder.Length - 1] != '-')
                                {
                                    builder.Append('-');
                                }
                            }

                            return builder.ToString().Trim('-');
                        }

                        public static bool TryParseQuantity(string text, out int quantity)
                        {
                            quantity = 0;
                            if (string.IsNullOrWhiteSpace(text))
                            {
                                return false;
                            }

                            try
                            {
                                quantity = int.Parse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture);
                                return quantity > 0;
                            }
                            catch (FormatException)
                            {
                                return false;
                            }
                            catch (OverflowException)
                            {
                                return false;
                            }
                        }

                        public static IEnumerable<IReadOnlyList<T>> Batches<T>(IEnumerable<T> items, int size)
                        {
                            var batch = new List<T>(size);
                            foreach (var item in items)
                            {
                                batch.Add(item);
                                if (batch.Count == size)
                                {
                                    yield return batch;
                                    batch = new List<T>(size);
                                }
                            }

                            if (batch.Count > 0)
                            {
                                yield return batch;
                            }
                        }
                    }
                """;
    }
}
