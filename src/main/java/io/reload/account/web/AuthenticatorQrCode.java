package io.reload.account.web;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import io.reload.account.domain.OneTimeCodes;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * What the enrolment page shows an authenticator app: the otpauth:// address of the key
 * (Google Authenticator's "Key Uri Format", understood by every common app) as a QR code,
 * drawn on the server as an SVG and inlined as a data: URI, so no other site ever sees it.
 */
final class AuthenticatorQrCode {

    private AuthenticatorQrCode() {}

    /** otpauth://totp/Issuer:email?secret=...&issuer=...&algorithm=SHA1&digits=6&period=30 */
    static String keyUri(String issuer, String email, String secret) {
        String label = encode(issuer) + ":" + encode(email);
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(issuer) + "&algorithm=SHA1&digits="
                + OneTimeCodes.DIGITS + "&period=" + OneTimeCodes.STEP.getSeconds();
    }

    /** The text as a QR code: data:image/svg+xml;base64,... */
    static String svgDataUri(String text) {
        BitMatrix modules;
        try {
            modules = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(EncodeHintType.MARGIN, 4));
        } catch (WriterException e) {
            throw new IllegalStateException("a key address always fits in a QR code", e);
        }
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < modules.getHeight(); y++) {
            for (int x = 0; x < modules.getWidth(); x++) {
                if (modules.get(x, y)) {
                    path.append('M').append(x).append(',').append(y).append("h1v1h-1z");
                }
            }
        }
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + modules.getWidth() + " "
                + modules.getHeight()
                + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\""
                + path + "\"/></svg>";
        return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
    }

    /** The secret in groups of four, easier to type by hand (apps ignore the spaces). */
    static String grouped(String secret) {
        return secret.replaceAll("(.{4})(?!$)", "$1 ");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
