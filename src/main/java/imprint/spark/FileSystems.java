package imprint.spark;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * A task's file systems by scheme and authority. Hadoop caches them too, but its look-up asks
 * for the current user's credentials each time; a task asks once per file system.
 */
final class FileSystems {
    private final Configuration conf;
    private final Map<String, FileSystem> byRoot = new HashMap<>();

    FileSystems(Configuration conf) {
        this.conf = conf;
    }

    synchronized FileSystem of(Path p) throws IOException {
        java.net.URI u = p.toUri();
        String key = u.getScheme() + "://" + u.getAuthority();
        FileSystem fs = byRoot.get(key);
        if (fs == null) {
            fs = p.getFileSystem(conf);
            byRoot.put(key, fs);
        }
        return fs;
    }
}
