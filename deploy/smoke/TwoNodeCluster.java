// A two-node OpenSearch cluster for the production smoke test, from the OpenSearch runner
// (.ci/opensearch), with a node that can be stopped on request. Run with Java's source launcher:
//   java -cp '.ci/opensearch/lib/*' deploy/smoke/TwoNodeCluster.java BASE_PATH BASE_HTTP_PORT
// It prints "READY <http port of the node that is not the cluster manager>" once the cluster
// is yellow or green, then reads commands from standard input: "stop-other" stops that node
// and prints "STOPPED"; end of input stops the whole cluster.

import java.io.BufferedReader;
import java.io.InputStreamReader;
import org.codelibs.opensearch.runner.OpenSearchRunner;
import org.opensearch.node.Node;

public class TwoNodeCluster {
    public static void main(String[] args) throws Exception {
        String basePath = args[0];
        int baseHttpPort = Integer.parseInt(args[1]);
        OpenSearchRunner runner = new OpenSearchRunner();
        runner.setMaxHttpPort(baseHttpPort + 10);
        runner.build(
            OpenSearchRunner.newConfigs()
                .basePath(basePath)
                .numOfNode(2)
                .baseHttpPort(baseHttpPort)
                .clusterName("pfs-smoke")
                .disableESLogger());
        runner.ensureYellow();
        Node other = runner.nonMasterNode();
        String port = other.settings().get("http.port");
        System.out.println("READY " + port);
        System.out.flush();
        BufferedReader input = new BufferedReader(new InputStreamReader(System.in));
        String line;
        while ((line = input.readLine()) != null) {
            if (line.trim().equals("stop-other")) {
                other.close();
                System.out.println("STOPPED");
                System.out.flush();
            }
        }
        runner.close();
    }
}
