using Readout.Evaluation.Clustering;

namespace Readout.Tests.Clustering;

/// <summary>The clustering evaluation's fixed arrival orders: shuffles of the set that differ from one another.</summary>
public sealed class ArrivalOrderTests
{
    [Fact]
    public void Every_order_is_a_shuffle_of_all_documents()
    {
        for (var order = 0; order < ClusteringFeatures.ArrivalOrders; order++)
        {
            var arrival = ClusteringFeatures.ArrivalOrder(50, order);

            Assert.Equal(Enumerable.Range(0, 50), arrival.Order());
            Assert.NotEqual(Enumerable.Range(0, 50), arrival);
        }
    }

    [Fact]
    public void The_orders_differ_from_one_another()
    {
        var orders = Enumerable.Range(0, ClusteringFeatures.ArrivalOrders).Select(o => ClusteringFeatures.ArrivalOrder(50, o)).ToList();

        for (var a = 0; a < orders.Count; a++)
        {
            for (var b = a + 1; b < orders.Count; b++)
            {
                Assert.NotEqual(orders[a], orders[b]);
            }
        }
    }

    [Fact]
    public void The_default_order_is_the_first()
    {
        Assert.Equal(ClusteringFeatures.ArrivalOrder(50, 0), ClusteringFeatures.ArrivalOrder(50));
    }
}
