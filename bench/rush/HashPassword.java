import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/** Prints the portal's Argon2id hash ({argon2id} prefix, same parameters as SecurityConfig) of args[0]. */
public class HashPassword {
    public static void main(String[] args) {
        System.out.print("{argon2id}" + new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2).encode(args[0]));
    }
}
