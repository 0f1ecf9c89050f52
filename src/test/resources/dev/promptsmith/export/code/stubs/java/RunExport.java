import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Calls the exported method named third, of the class named first, with the arguments in the JSON file named second. */
public final class RunExport {

    public static void main(String[] args) throws Exception {
        Class<?> exported = Class.forName(args[0]);
        List<?> values = new ObjectMapper().readValue(Files.readString(Path.of(args[1])), List.class);
        for (Method method : exported.getMethods()) {
            if (method.getName().equals(args[2])) {
                System.out.println("RESULT " + method.invoke(null, values.toArray()));
                return;
            }
        }
        throw new IllegalArgumentException("No method " + args[2]);
    }
}
